package se.esp.application.port.in.outbox;

/**
 * Moves committed domain events from the outbox to the event destination. The platform runs it itself (a
 * scheduler on the server, a test or an embedding program elsewhere); no user acts, so it takes no
 * {@code ActingUser} and reads no data a user could be refused.
 */
public interface RelayEventsUseCase {

    /**
     * Claims one batch of the oldest unpublished entries, publishes it in order and marks as published exactly
     * the entries the broker accepted, all in one transaction.
     */
    RelayRun relayBatch();

    /**
     * Relays batches until nothing is left to claim, a publication fails, or {@code maxBatches} batches ran.
     *
     * @return the runs added up
     */
    RelayRun relayWaiting(int maxBatches);
}

package se.esp.application.port.out;

import java.util.List;

/**
 * Publishes outbox entries to the platform's event destination (a Jakarta Messaging topic on a server; a list in
 * memory for scenarios and embedding). The body of each message is the versioned JSON envelope of the entry.
 */
public interface EventPublisher {

    /**
     * Publishes the entries in the given order, each one accepted by the broker before the next is sent, and
     * stops at the first the broker does not accept. A broker failure is reported in the outcome, never thrown,
     * because the entries accepted before it must still be marked as published.
     *
     * @return how many of the first entries the broker accepted, and why it stopped if not all
     */
    PublishOutcome publish(List<OutboxEntry> entries);
}

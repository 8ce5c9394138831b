package se.esp.application.outbox;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import se.esp.application.port.in.outbox.OutboxBacklogQuery;
import se.esp.application.port.in.outbox.RelayEventsUseCase;
import se.esp.application.port.in.outbox.RelayRun;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.EventPublisher;
import se.esp.application.port.out.OutboxBacklog;
import se.esp.application.port.out.OutboxEntry;
import se.esp.application.port.out.PublishOutcome;
import se.esp.application.port.out.Transactions;

/**
 * The transactional outbox's relay. An entry is marked as published only after the broker accepted it, in the
 * transaction that claimed it; so a broker outage only delays entries, and a restart (of the broker, the relay or
 * the server) resumes with the first entry not marked. Entries are claimed with row locks, so several server
 * instances can run the relay on one database and each entry is published by one of them, in order per aggregate.
 *
 * <p>What stays possible is a repeat, never a loss: if the broker accepted an entry and the database then failed
 * to record it, the entry is published again. Each message therefore carries its event id for consumers (and
 * brokers that can) to drop repeats.</p>
 */
public final class OutboxRelay implements RelayEventsUseCase, OutboxBacklogQuery {

    private final EventOutbox outbox;
    private final EventPublisher publisher;
    private final Transactions transactions;
    private final Clock clock;
    private final int batchSize;

    public OutboxRelay(EventOutbox outbox, EventPublisher publisher, Transactions transactions, Clock clock,
                       int batchSize) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
        }
        this.batchSize = batchSize;
    }

    @Override
    public RelayRun relayBatch() {
        return transactions.inTransaction(() -> {
            List<OutboxEntry> claimed = outbox.claimUnpublished(batchSize);
            if (claimed.isEmpty()) {
                return RelayRun.NOTHING;
            }
            PublishOutcome outcome = publisher.publish(claimed);
            if (outcome.accepted() > claimed.size()) {
                throw new IllegalStateException("the publisher reports " + outcome.accepted()
                        + " entries accepted of " + claimed.size() + " sent");
            }
            List<Long> accepted = claimed.subList(0, outcome.accepted()).stream()
                    .map(OutboxEntry::sequence)
                    .toList();
            if (!accepted.isEmpty()) {
                outbox.markPublished(accepted, clock.instant());
            }
            return new RelayRun(claimed.size(), accepted.size(), outcome.failure());
        });
    }

    @Override
    public RelayRun relayWaiting(int maxBatches) {
        RelayRun total = RelayRun.NOTHING;
        for (int i = 0; i < maxBatches; i++) {
            RelayRun run = relayBatch();
            total = total.then(run);
            if (run.claimed() == 0 || run.failed()) {
                break;
            }
        }
        return total;
    }

    @Override
    public OutboxBacklog backlog() {
        return transactions.inTransaction(outbox::backlog);
    }
}

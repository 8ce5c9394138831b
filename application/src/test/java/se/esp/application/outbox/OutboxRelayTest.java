package se.esp.application.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import se.esp.application.port.in.outbox.RelayRun;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.EventPublisher;
import se.esp.application.port.out.OutboxBacklog;
import se.esp.application.port.out.OutboxEntry;
import se.esp.application.port.out.PublishOutcome;
import se.esp.application.port.out.Transactions;
import se.esp.domain.shared.DomainEvent;

class OutboxRelayTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final ListOutbox outbox = new ListOutbox();
    private final Broker broker = new Broker();
    private final CountingTransactions transactions = new CountingTransactions();
    private final OutboxRelay relay = new OutboxRelay(outbox, broker, transactions,
            Clock.fixed(NOW, ZoneOffset.UTC), 3);

    @Test
    void publishesABatchInOutboxOrderAndMarksItPublished() {
        outbox.add(5);

        RelayRun run = relay.relayBatch();

        assertThat(run).isEqualTo(new RelayRun(3, 3, Optional.empty()));
        assertThat(broker.received).extracting(OutboxEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(outbox.publishedAt).containsOnlyKeys(1L, 2L, 3L).containsValue(NOW);
        assertThat(transactions.count).isOne();
    }

    @Test
    void marksOnlyTheEntriesTheBrokerAcceptedBeforeItFailed() {
        outbox.add(3);
        broker.acceptOnly(2);

        RelayRun run = relay.relayBatch();

        assertThat(run.claimed()).isEqualTo(3);
        assertThat(run.published()).isEqualTo(2);
        assertThat(run.failure()).contains("broker went away");
        assertThat(outbox.publishedAt).containsOnlyKeys(1L, 2L);
    }

    @Test
    void marksNothingWhenTheBrokerIsDownAndPublishesEverythingWhenItIsBack() {
        outbox.add(2);
        broker.acceptOnly(0);

        assertThat(relay.relayBatch().published()).isZero();
        assertThat(outbox.publishedAt).isEmpty();
        assertThat(relay.backlog().size()).isEqualTo(2);

        broker.acceptAll();
        RelayRun run = relay.relayWaiting(10);

        assertThat(run.published()).isEqualTo(2);
        assertThat(broker.received).extracting(OutboxEntry::sequence).containsExactly(1L, 2L);
        assertThat(relay.backlog()).isEqualTo(OutboxBacklog.EMPTY);
    }

    @Test
    void relaysBatchesUntilNothingIsLeft() {
        outbox.add(7);

        RelayRun run = relay.relayWaiting(10);

        assertThat(run).isEqualTo(new RelayRun(7, 7, Optional.empty()));
        assertThat(broker.received).extracting(OutboxEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(transactions.count).as("3 + 3 + 1, then one that finds nothing").isEqualTo(4);
    }

    @Test
    void stopsRelayingAtTheFirstFailureAndAtTheBatchLimit() {
        outbox.add(7);
        broker.acceptOnly(4);

        assertThat(relay.relayWaiting(10)).isEqualTo(new RelayRun(6, 4, Optional.of("broker went away")));

        broker.acceptAll();
        assertThat(relay.relayWaiting(1).published()).isEqualTo(3);
        assertThat(broker.received).extracting(OutboxEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void marksNothingWhenThePublisherItselfBreaks() {
        outbox.add(1);
        EventPublisher broken = entries -> {
            throw new IllegalStateException("bug in the publisher");
        };
        OutboxRelay relayWithBrokenPublisher = new OutboxRelay(outbox, broken, transactions,
                Clock.fixed(NOW, ZoneOffset.UTC), 3);

        assertThatThrownBy(relayWithBrokenPublisher::relayBatch).hasMessage("bug in the publisher");
        assertThat(outbox.publishedAt).isEmpty();
    }

    @Test
    void refusesAPublisherThatClaimsMoreThanItWasGiven() {
        outbox.add(1);
        OutboxRelay lying = new OutboxRelay(outbox, entries -> PublishOutcome.allAccepted(entries.size() + 1),
                transactions, Clock.fixed(NOW, ZoneOffset.UTC), 3);

        assertThatThrownBy(lying::relayBatch).isInstanceOf(IllegalStateException.class);
        assertThat(outbox.publishedAt).isEmpty();
    }

    @Test
    void reportsTheBacklogWithTheAgeOfTheOldestEntry() {
        outbox.add(2);

        OutboxBacklog backlog = relay.backlog();

        assertThat(backlog.size()).isEqualTo(2);
        assertThat(backlog.age(NOW)).isEqualTo(Duration.ofMinutes(10));
    }

    /** The outbox as a list, claiming everything unmarked (the real ones are tested by their contract). */
    private static final class ListOutbox implements EventOutbox {

        private final List<OutboxEntry> entries = new ArrayList<>();
        private final java.util.Map<Long, Instant> publishedAt = new java.util.HashMap<>();

        void add(int count) {
            for (int i = 0; i < count; i++) {
                long sequence = entries.size() + 1;
                entries.add(new OutboxEntry(sequence, UUID.randomUUID(), "OrganisationRolesChanged", 1,
                        "Organisation", "org-" + (sequence % 2), NOW.minus(Duration.ofMinutes(10)).plusSeconds(i),
                        "{}"));
            }
        }

        @Override
        public void append(DomainEvent event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<OutboxEntry> unpublished(int limit) {
            return entries.stream().filter(e -> !publishedAt.containsKey(e.sequence())).limit(limit).toList();
        }

        @Override
        public List<OutboxEntry> claimUnpublished(int limit) {
            return unpublished(limit);
        }

        @Override
        public void markPublished(Collection<Long> sequences, Instant at) {
            sequences.forEach(s -> publishedAt.putIfAbsent(s, at));
        }

        @Override
        public int purgePublishedBefore(Instant cutoff, int limit) {
            throw new UnsupportedOperationException("the relay never purges");
        }

        @Override
        public OutboxBacklog backlog() {
            List<OutboxEntry> waiting = unpublished(Integer.MAX_VALUE);
            return waiting.isEmpty() ? OutboxBacklog.EMPTY
                    : new OutboxBacklog(waiting.size(), Optional.of(waiting.get(0).occurredAt()));
        }
    }

    private static final class Broker implements EventPublisher {

        private final List<OutboxEntry> received = new ArrayList<>();
        private int capacity = Integer.MAX_VALUE;

        void acceptOnly(int count) {
            capacity = count;
        }

        void acceptAll() {
            capacity = Integer.MAX_VALUE;
        }

        @Override
        public PublishOutcome publish(List<OutboxEntry> entries) {
            for (int i = 0; i < entries.size(); i++) {
                if (capacity == 0) {
                    return PublishOutcome.stoppedAfter(i, "broker went away");
                }
                capacity--;
                received.add(entries.get(i));
            }
            return PublishOutcome.allAccepted(entries.size());
        }
    }

    private static final class CountingTransactions implements Transactions {

        private int count;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            count++;
            return work.get();
        }
    }
}

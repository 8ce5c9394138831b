package se.esp.bootstrap.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.messaging.events.JmsEventPublisher;
import se.esp.adapter.messaging.testing.EmbeddedArtemis;
import se.esp.adapter.messaging.testing.EventSubscription;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.outbox.OutboxRelay;
import se.esp.application.port.in.outbox.RelayRun;
import se.esp.application.port.out.EventPublisher;
import se.esp.application.port.out.OutboxBacklog;
import se.esp.application.port.out.PublishOutcome;

/**
 * The relay over the embedded database's outbox, publishing to a real broker (ActiveMQ Artemis over TCP) that
 * goes down in the middle of a batch and comes back: every event arrives once, each aggregate's in order.
 */
class RelayAcrossBrokerRestartTest {

    private final PersistenceAdapters storage = Backends.fresh(Backend.H2);
    private EmbeddedArtemis broker;
    private EventSubscription subscriber;

    @BeforeEach
    void startBroker() {
        broker = EmbeddedArtemis.start();
        subscriber = EventSubscription.create(broker.connectionFactory(), broker.eventsTopic(), "downstream");
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    void publishesEveryEntryOnceInOrderWhenTheBrokerRestartsInTheMiddleOfABatch() {
        EventLoad load = new EventLoad(10);
        load.append(storage.outbox(), storage.transactions(), 10);
        EventPublisher jms = new JmsEventPublisher(broker.connectionFactory(), broker.eventsTopic());
        RecordingPublisher recorded = new RecordingPublisher(new OutageAfter(25, jms, broker));
        OutboxRelay relay = relay(recorded, 40);

        RelayRun interrupted = relay.relayBatch();
        RelayRun duringOutage = relay.relayBatch();

        assertThat(interrupted.claimed()).isEqualTo(40);
        assertThat(interrupted.published()).isEqualTo(25);
        assertThat(interrupted.failure()).isPresent();
        assertThat(duringOutage.published()).isZero();
        assertThat(relay.backlog().size()).isEqualTo(75);

        broker.restart();
        RelayRun resumed = relay.relayWaiting(100);

        assertThat(resumed.published()).isEqualTo(75);
        assertThat(relay.backlog()).isEqualTo(OutboxBacklog.EMPTY);
        assertThat(recorded.accepted()).as("the relay had each entry accepted once").doesNotHaveDuplicates()
                .hasSize(100);
        load.assertArrivedOnceInOrder(subscriber.receiveExactly(load.size(), Duration.ofSeconds(30)));
    }

    @Test
    void losesAndRepeatsNothingWhileTheBrokerRestartsAtRandomMoments() throws Exception {
        EventLoad load = new EventLoad(20);
        load.append(storage.outbox(), storage.transactions(), 25);
        OutboxRelay relay = relay(new JmsEventPublisher(broker.connectionFactory(), broker.eventsTopic()), 20);
        AtomicBoolean relaying = new AtomicBoolean(true);
        CompletableFuture<Void> outages = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 3 && relaying.get(); i++) {
                pause(150);
                broker.stop();
                pause(100);
                broker.restart();
            }
        });

        Instant deadline = Instant.now().plusSeconds(60);
        while (relay.backlog().size() > 0 && Instant.now().isBefore(deadline)) {
            relay.relayWaiting(5);
        }
        relaying.set(false);
        outages.get(30, TimeUnit.SECONDS);
        relay.relayWaiting(100);

        assertThat(relay.backlog()).isEqualTo(OutboxBacklog.EMPTY);
        load.assertArrivedOnceInOrder(subscriber.receiveExactly(load.size(), Duration.ofSeconds(30)));
    }

    private OutboxRelay relay(EventPublisher publisher, int batchSize) {
        return new OutboxRelay(storage.outbox(), publisher, storage.transactions(), Clock.systemUTC(), batchSize);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets the broker accept {@code count} messages, then stops it in the middle of the batch being sent. */
    private static final class OutageAfter implements EventPublisher {

        private final EventPublisher publisher;
        private final EmbeddedArtemis broker;
        private int beforeOutage;

        OutageAfter(int count, EventPublisher publisher, EmbeddedArtemis broker) {
            this.beforeOutage = count;
            this.publisher = publisher;
            this.broker = broker;
        }

        @Override
        public PublishOutcome publish(List<se.esp.application.port.out.OutboxEntry> entries) {
            if (beforeOutage < 0 || beforeOutage >= entries.size()) {
                beforeOutage = beforeOutage < 0 ? -1 : beforeOutage - entries.size();
                return publisher.publish(entries);
            }
            PublishOutcome first = publisher.publish(entries.subList(0, beforeOutage));
            beforeOutage = -1;
            broker.stop();
            PublishOutcome rest = publisher.publish(entries.subList(first.accepted(), entries.size()));
            return new PublishOutcome(first.accepted() + rest.accepted(), rest.failure());
        }
    }
}

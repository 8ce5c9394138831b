package se.esp.bootstrap.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;
import se.esp.adapter.messaging.events.JmsEventPublisher;
import se.esp.adapter.messaging.testing.EmbeddedArtemis;
import se.esp.adapter.messaging.testing.EventSubscription;
import se.esp.adapter.persistence.jpa.JpaPersistence;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.adapter.persistence.testing.JpaBackend;
import se.esp.application.outbox.OutboxRelay;
import se.esp.application.port.out.OutboxBacklog;

/**
 * Two server instances against one MariaDB database, as an owner scales out: each has its own entity-manager
 * factory (its own connections) and its own relay, both running at once while business transactions keep
 * appending events. Every entry is published by exactly one of them, each aggregate's in order.
 */
class TwoRelaysOverOneMariaDbOutboxTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(3);
    private final List<EntityManagerFactory> factories = new ArrayList<>();
    private EmbeddedArtemis broker;

    @AfterEach
    void stop() {
        threads.shutdownNow();
        factories.forEach(EntityManagerFactory::close);
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void publishEveryEntryExactlyOnce() throws Exception {
        JpaBackend database = Backends.jpa(Backend.MARIADB);
        database.wipe();
        JpaPersistence first = instance(database);
        JpaPersistence second = instance(database);
        broker = EmbeddedArtemis.start();
        EventSubscription subscriber = EventSubscription.create(broker.connectionFactory(), broker.eventsTopic(),
                "downstream");
        RecordingPublisher firstPublished = new RecordingPublisher(
                new JmsEventPublisher(broker.connectionFactory(), broker.eventsTopic()));
        RecordingPublisher secondPublished = new RecordingPublisher(
                new JmsEventPublisher(broker.connectionFactory(), broker.eventsTopic()));
        OutboxRelay firstRelay = new OutboxRelay(first.outbox(), firstPublished, first.transactions(),
                Clock.systemUTC(), 10);
        OutboxRelay secondRelay = new OutboxRelay(second.outbox(), secondPublished, second.transactions(),
                Clock.systemUTC(), 10);
        EventLoad load = new EventLoad(20);
        AtomicBoolean writing = new AtomicBoolean(true);

        Future<?> writer = threads.submit(() -> {
            try {
                load.append(first.outbox(), first.transactions(), 20);
            } finally {
                writing.set(false);
            }
        });
        Future<?> one = threads.submit(() -> relayUntilDone(firstRelay, writing));
        Future<?> two = threads.submit(() -> relayUntilDone(secondRelay, writing));
        writer.get(120, TimeUnit.SECONDS);
        one.get(120, TimeUnit.SECONDS);
        two.get(120, TimeUnit.SECONDS);

        assertThat(load.size()).isEqualTo(400);
        assertThat(firstRelay.backlog()).isEqualTo(OutboxBacklog.EMPTY);
        List<java.util.UUID> published = new ArrayList<>(firstPublished.accepted());
        published.addAll(secondPublished.accepted());
        assertThat(published).as("each entry published by exactly one relay, once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(load.appended());
        assertThat(firstPublished.accepted()).as("the first relay took part").isNotEmpty();
        assertThat(secondPublished.accepted()).as("the second relay took part").isNotEmpty();
        load.assertArrivedOnceInOrder(subscriber.receiveExactly(load.size(), Duration.ofSeconds(30)));
    }

    private JpaPersistence instance(JpaBackend database) {
        EntityManagerFactory factory = JpaPersistence.outsideServer(database.dataSource());
        factories.add(factory);
        return new JpaPersistence(factory, JpaBackend.PERSONAL_DATA); // one database, one key
    }

    private static void relayUntilDone(OutboxRelay relay, AtomicBoolean writing) {
        Instant deadline = Instant.now().plusSeconds(100);
        while (Instant.now().isBefore(deadline)) {
            boolean writerDone = !writing.get();
            if (relay.relayWaiting(5).claimed() == 0 && writerDone && relay.backlog().size() == 0) {
                return;
            }
        }
        throw new IllegalStateException("the relay did not finish in time");
    }
}

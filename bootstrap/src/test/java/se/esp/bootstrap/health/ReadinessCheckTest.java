package se.esp.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.messaging.BrokerConnection;
import se.esp.adapter.messaging.testing.EmbeddedArtemis;
import se.esp.adapter.persistence.testing.TestDatabase;
import se.esp.adapter.persistence.testing.TestDatabases;
import se.esp.application.port.out.OutboxBacklog;
import se.esp.bootstrap.PlatformStartup;

/** Readiness with a real database and broker, and an outbox whose backlog the test chooses. */
class ReadinessCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static TestDatabase database;
    private static EmbeddedArtemis broker;

    private final ReadinessCheck check = new ReadinessCheck();

    @BeforeAll
    static void start() {
        database = TestDatabases.h2();
        broker = EmbeddedArtemis.start();
    }

    @AfterAll
    static void stop() {
        broker.close();
        database.close();
    }

    @BeforeEach
    void wire() {
        check.startup = new PlatformStartup() {
            @Override
            public boolean isReady() {
                return true;
            }
        };
        check.dataSource = database.dataSource();
        check.broker = new BrokerConnection(broker.connectionFactory());
        check.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        check.maxBacklogAge = Duration.ofMinutes(5);
    }

    @Test
    void isReadyWhileEventsArePublishedInTime() {
        check.outbox = () -> new OutboxBacklog(2, Optional.of(NOW.minusSeconds(30)));

        HealthCheckResponse response = check.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsEntry("outbox", "UP: 2 waiting, the oldest for 30 s")
                .containsEntry("database", "UP").containsEntry("broker", "UP");
    }

    @Test
    void isNotReadyOnceTheOldestUnpublishedEventIsTooOld() {
        check.outbox = () -> new OutboxBacklog(7, Optional.of(NOW.minus(Duration.ofMinutes(6))));

        HealthCheckResponse response = check.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat((String) response.getData().orElseThrow().get("outbox"))
                .isEqualTo("DOWN: 7 events wait to be published, the oldest for 360 s (at most 300 s allowed)");
    }

    @Test
    void isNotReadyWhenTheOutboxCannotBeRead() {
        check.outbox = () -> {
            throw new IllegalStateException("the database went away");
        };

        HealthCheckResponse response = check.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow()).containsEntry("outbox", "DOWN: the database went away");
    }
}

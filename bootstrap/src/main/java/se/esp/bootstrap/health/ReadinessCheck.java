package se.esp.bootstrap.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import se.esp.adapter.messaging.BrokerConnection;
import se.esp.application.port.in.outbox.OutboxBacklogQuery;
import se.esp.application.port.out.OutboxBacklog;
import se.esp.bootstrap.PlatformStartup;
import se.esp.bootstrap.wiring.EspDataSource;

/**
 * Ready to serve: started, the database answers, the broker accepts connections, and events are published in time:
 * the oldest unpublished outbox entry is at most {@code esp.relay.max-backlog-age} old (default PT5M; environment
 * {@code ESP_RELAY_MAX_BACKLOG_AGE}).
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    PlatformStartup startup;

    @Inject
    @EspDataSource
    DataSource dataSource;

    @Inject
    BrokerConnection broker;

    @Inject
    OutboxBacklogQuery outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "esp.relay.max-backlog-age", defaultValue = "PT5M")
    Duration maxBacklogAge;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("esp").up();
        if (!startup.isReady()) {
            response.down().withData("startup", "schema migration or demo data not finished");
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            response.withData("database", valid ? "UP" : "DOWN");
            if (!valid) {
                response.down();
            }
        } catch (SQLException e) {
            response.down().withData("database", "DOWN: " + e.getMessage());
        }
        broker.problem().ifPresentOrElse(problem -> response.down().withData("broker", "DOWN: " + problem),
                () -> response.withData("broker", "UP"));
        if (startup.isReady()) {
            checkOutbox(response);
        }
        return response.build();
    }

    private void checkOutbox(HealthCheckResponseBuilder response) {
        try {
            OutboxBacklog backlog = outbox.backlog();
            Instant now = clock.instant();
            OutboxHealth.problem(backlog, now, maxBacklogAge).ifPresentOrElse(
                    problem -> response.down().withData("outbox", "DOWN: " + problem),
                    () -> response.withData("outbox", OutboxHealth.describe(backlog, now)));
        } catch (RuntimeException e) {
            response.down().withData("outbox", "DOWN: " + e.getMessage());
        }
    }
}

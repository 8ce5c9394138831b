package se.esp.bootstrap.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import se.esp.adapter.messaging.BrokerConnection;
import se.esp.bootstrap.PlatformStartup;
import se.esp.bootstrap.wiring.EspDataSource;

/** Ready to serve: started, the database answers and the broker accepts connections. */
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
        return response.build();
    }
}

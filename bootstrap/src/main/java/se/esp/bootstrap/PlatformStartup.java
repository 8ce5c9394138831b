package se.esp.bootstrap;

import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.esp.adapter.persistence.jpa.SchemaMigrations;
import se.esp.application.port.in.organisation.RegisterOrganisationUseCase;
import se.esp.bootstrap.demo.DemoOrganisations;
import se.esp.bootstrap.retention.RetentionJob;
import se.esp.bootstrap.wiring.EspDataSource;

/**
 * What happens once when the application starts: the schema is brought up to date, then demo data is loaded if
 * it is on, then the personal-data retention job is scheduled. Demo data is on by default for the embedded database and off otherwise; {@code esp.demo-data.enabled}
 * (environment: {@code ESP_DEMO_DATA_ENABLED}) decides explicitly.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    @EspDataSource
    DataSource dataSource;

    @Inject
    RegisterOrganisationUseCase registerOrganisation;

    @Inject
    RetentionJob retention;

    @Inject
    @ConfigProperty(name = "esp.db.kind", defaultValue = "h2")
    String databaseKind;

    @Inject
    @ConfigProperty(name = "esp.demo-data.enabled")
    Optional<Boolean> demoData;

    private volatile boolean ready;

    void onStart(@Observes Startup startup) {
        int applied = SchemaMigrations.migrate(dataSource);
        LOG.info(() -> "schema on " + databaseKind + " is up to date (" + applied + " migrations applied now)");
        if (demoData.orElse("h2".equalsIgnoreCase(databaseKind))) {
            int loaded = DemoOrganisations.load(registerOrganisation);
            LOG.info(() -> "demo data: " + loaded + " organisations registered now");
        }
        retention.schedule();
        ready = true;
    }

    /** True once the schema is migrated and demo data (if on) is loaded. */
    public boolean isReady() {
        return ready;
    }
}

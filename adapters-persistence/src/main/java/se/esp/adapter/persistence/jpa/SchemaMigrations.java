package se.esp.adapter.persistence.jpa;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database's schema up to date with the versioned scripts in {@code db/migration}. The same scripts
 * run on MariaDB and on the embedded H2 in MariaDB mode. Run before the entity-manager factory is used.
 *
 * <p>On Open Liberty, Flyway finds a classpath folder only by an empty {@code flyway.location} file in it; that is
 * why {@code db/migration} and the (empty) {@code db/callback}, which Flyway always scans, carry one.</p>
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /** @return how many scripts were applied now */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}

package se.esp.adapter.persistence.jpa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database's schema up to date with the versioned scripts in {@code db/migration}. The same scripts
 * run on MariaDB and on the embedded H2 in MariaDB mode. Run before the entity-manager factory is used.
 *
 * <p>On Open Liberty, Flyway finds a classpath folder only by an empty {@code flyway.location} file in it; that is
 * why {@code db/migration}, the folders of {@code db/superseded} and the (empty) {@code db/callback}, which Flyway
 * always scans, carry one.</p>
 *
 * <p><b>Superseded scripts.</b> {@code V13} and {@code V62} were released numbered below {@code V70} and
 * {@code V75}, which databases had already applied, so Flyway refused to upgrade those databases. Their content
 * runs again, idempotently, as {@code V76} and {@code V77}. A database whose history records the released
 * {@code V13} or {@code V62} still has to validate: for exactly those history rows — same version, same script
 * name, applied successfully — the original script, kept unchanged in its own folder under {@code db/superseded},
 * is added to the locations, so Flyway finds it applied with a matching checksum and runs nothing for it. Any other
 * migration missing from the scripts still fails validation, and no database ever runs a superseded script.
 * See {@code docs/decisions/0001-renumbered-migrations-13-and-62.md}.</p>
 */
public final class SchemaMigrations {

    static final String LOCATION = "classpath:db/migration";

    /** Released migrations whose content moved to a later version; never run, only recognised in a history. */
    static final List<Superseded> SUPERSEDED = List.of(
            new Superseded("13", "V13__catalogue_entries_by_supplier.sql", "classpath:db/superseded/v13", "76"),
            new Superseded("62", "V62__matching_daily_run.sql", "classpath:db/superseded/v62", "77"));

    private SchemaMigrations() {
    }

    /** @return how many scripts were applied now */
    public static int migrate(DataSource dataSource) {
        List<String> locations = new ArrayList<>();
        locations.add(LOCATION);
        supersededIn(dataSource).forEach(superseded -> locations.add(superseded.location()));
        MigrateResult result = configure(dataSource, locations).load().migrate();
        return result.migrationsExecuted;
    }

    /** The superseded migrations this database's history records as applied, by version and script name. */
    static List<Superseded> supersededIn(DataSource dataSource) {
        MigrationInfo[] applied = configure(dataSource, List.of(LOCATION)).load().info().applied();
        return SUPERSEDED.stream()
                .filter(superseded -> Arrays.stream(applied).anyMatch(superseded::recordedBy))
                .toList();
    }

    private static FluentConfiguration configure(DataSource dataSource, List<String> locations) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(true);
    }

    /**
     * A released migration moved to {@code supersededBy}.
     *
     * @param location the folder holding the released script, unchanged, and nothing else
     */
    record Superseded(String version, String script, String location, String supersededBy) {

        /** Applied successfully under exactly this version and script name, and found in no script folder. */
        boolean recordedBy(MigrationInfo info) {
            return info.getVersion() != null
                    && version.equals(info.getVersion().getVersion())
                    && script.equals(info.getScript())
                    && info.getState() == MigrationState.MISSING_SUCCESS;
        }
    }
}

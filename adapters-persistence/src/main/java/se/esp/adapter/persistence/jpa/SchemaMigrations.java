package se.esp.adapter.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

import se.esp.adapter.persistence.participant.PersonalDataCipher;

/**
 * Brings a database's schema up to date with the versioned scripts in {@code db/migration}. The same scripts
 * run on MariaDB and on the embedded H2 in MariaDB mode. Run before the entity-manager factory is used.
 *
 * <p>One migration is Java, not a script: {@code V82} ({@link EncryptPersonalDataMigration}) encrypts the personal
 * data earlier releases kept in plain text, with the key only the application knows. It is given to Flyway as an
 * object on every run, so every history that recorded it validates; a server passes its personal-data key.</p>
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

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    /** Released migrations whose content moved to a later version; never run, only recognised in a history. */
    static final List<Superseded> SUPERSEDED = List.of(
            new Superseded("13", "V13__catalogue_entries_by_supplier.sql", "classpath:db/superseded/v13", "76"),
            new Superseded("62", "V62__matching_daily_run.sql", "classpath:db/superseded/v62", "77"));

    private SchemaMigrations() {
    }

    /**
     * For a database that holds no personal data from before {@code V82} (a new one, or one already migrated): the
     * migration to {@code V82} fails, and nothing of it stays, if there is plain text to encrypt.
     *
     * @return how many migrations were applied now
     */
    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, null);
    }

    /**
     * @param personalData the server's personal-data cipher, the one its adapters use: encrypts what earlier
     *                     releases stored in plain text
     * @return how many migrations were applied now
     */
    public static int migrate(DataSource dataSource, PersonalDataCipher personalData) {
        List<String> locations = new ArrayList<>();
        locations.add(LOCATION);
        supersededIn(dataSource).forEach(superseded -> locations.add(superseded.location()));
        forgetFailedEncryption(dataSource);
        MigrateResult result = configure(dataSource, locations, personalData).load().migrate();
        return result.migrationsExecuted;
    }

    /**
     * A failed {@code V82} left nothing behind: it runs in one transaction, which its failure rolled back. On MariaDB
     * (no transactional DDL) Flyway still records it as failed, and would refuse every later start until someone ran
     * {@code repair} — which also realigns every checksum (see decision 0001). So exactly that history row, version
     * {@code 82} not successful, is removed, and {@code V82} runs again, once its cause (a wrong key, a lost
     * connection) is mended. H2 rolls the record back with the migration.
     */
    static void forgetFailedEncryption(DataSource dataSource) {
        var flyway = configure(dataSource, List.of(LOCATION), null).load();
        boolean failed = Arrays.stream(flyway.info().all())
                .anyMatch(info -> EncryptPersonalDataMigration.VERSION.equals(info.getVersion())
                        && info.getState() == MigrationState.FAILED);
        if (!failed) {
            return;
        }
        String table = flyway.getConfiguration().getTable();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM " + table + " WHERE version = ? AND success = ?")) {
            connection.setAutoCommit(true);
            delete.setString(1, EncryptPersonalDataMigration.VERSION.getVersion());
            delete.setBoolean(2, false);
            int removed = delete.executeUpdate();
            LOG.warning(() -> "the encryption of plain-text personal data (V82) failed at an earlier start and left "
                    + "nothing behind; its failure record (" + removed + ") is removed and it runs again");
        } catch (SQLException e) {
            throw new IllegalStateException("could not remove the failure record of V82 from " + table, e);
        }
    }

    /** The migrations written in Java, run with the scripts of {@link #LOCATION}. */
    static JavaMigration[] javaMigrations(PersonalDataCipher personalData) {
        return new JavaMigration[] {new EncryptPersonalDataMigration(personalData)};
    }

    /** The superseded migrations this database's history records as applied, by version and script name. */
    static List<Superseded> supersededIn(DataSource dataSource) {
        MigrationInfo[] applied = configure(dataSource, List.of(LOCATION), null).load().info().applied();
        return SUPERSEDED.stream()
                .filter(superseded -> Arrays.stream(applied).anyMatch(superseded::recordedBy))
                .toList();
    }

    private static FluentConfiguration configure(DataSource dataSource, List<String> locations,
                                                 PersonalDataCipher personalData) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .javaMigrations(javaMigrations(personalData))
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

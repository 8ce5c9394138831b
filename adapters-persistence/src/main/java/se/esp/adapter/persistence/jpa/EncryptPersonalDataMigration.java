package se.esp.adapter.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import se.esp.adapter.persistence.participant.PersonalDataCipher;

/**
 * Migration 82: encrypts the participants' names and the applications' participants documents (answers, stated
 * target groups) that earlier releases stored in plain text, with the same cipher and the same associated data as
 * the adapters (the row's id), into the columns {@code V81} added; {@code V83} then drops the plain-text columns.
 *
 * <p>Java, not SQL, because the key is known only to the application. Flyway runs it like a script: once per
 * database, recorded in the history, inside one transaction (all rows or none, so a failure leaves the database as
 * {@code V81} left it and the next start tries again), and under Flyway's lock ({@code GET_LOCK} on MariaDB), so of
 * several servers starting at once one encrypts and the others wait and then find it applied. Each row is also
 * taken only while its encrypted column is still empty, so nothing is ever encrypted twice. See
 * {@code docs/decisions/0003-personal-data-encrypted-on-upgrade.md}.</p>
 */
final class EncryptPersonalDataMigration implements JavaMigration {

    static final MigrationVersion VERSION = MigrationVersion.fromVersion("82");

    /** Flyway validates a Java migration's checksum only if it has one; a released migration never changes. */
    private static final int CHECKSUM = 1_203_082;

    private static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(EncryptPersonalDataMigration.class.getName());

    private final PersonalDataCipher cipher;

    /** @param cipher {@code null} where no key is given: the migration then refuses to run on plain-text rows */
    EncryptPersonalDataMigration(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return VERSION;
    }

    @Override
    public String getDescription() {
        return "encrypt participant names and application answers";
    }

    @Override
    public Integer getChecksum() {
        return CHECKSUM;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        requireTheKeyOfTheStoredData(connection);
        int names = encrypt(connection,
                "SELECT id, name FROM participant WHERE name IS NOT NULL AND name_encrypted IS NULL AND id > ?"
                        + " ORDER BY id LIMIT " + BATCH,
                "UPDATE participant SET name_encrypted = ?, name = NULL WHERE id = ? AND name_encrypted IS NULL");
        int documents = encrypt(connection,
                "SELECT id, participants FROM application WHERE participants_encrypted IS NULL AND id > ?"
                        + " ORDER BY id LIMIT " + BATCH,
                "UPDATE application SET participants_encrypted = ? WHERE id = ? AND participants_encrypted IS NULL");
        LOG.info(() -> "personal data encrypted at rest: " + names + " participant names, " + documents
                + " applications' participants");
    }

    /**
     * Refuses a key that does not decrypt what is already encrypted (identity numbers, contacts): everything would
     * then be kept under two keys, and the data under the wrong one lost once the right key is back.
     */
    private void requireTheKeyOfTheStoredData(Connection connection) throws SQLException {
        if (cipher == null) {
            return;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT id, COALESCE(identity_number_encrypted,"
                + " contact_encrypted) FROM participant WHERE identity_number_encrypted IS NOT NULL"
                + " OR contact_encrypted IS NOT NULL ORDER BY id LIMIT 1");
             ResultSet row = query.executeQuery()) {
            if (row.next()) {
                try {
                    cipher.decrypt(row.getString(2), row.getString(1));
                } catch (IllegalStateException e) {
                    throw new IllegalStateException("the personal-data key (ESP_PERSONAL_DATA_KEY) does not decrypt "
                            + "the personal data already stored: start with the key the database was written with; "
                            + "nothing was encrypted", e);
                }
            }
        }
    }

    /**
     * Reads {@code (id, plain text)} pages in id order and writes each value encrypted for its row. The update is
     * prepared per page, only when there is something to write: closing a prepared statement that never ran fails
     * inside Open Liberty's connection wrapper with MariaDB Connector/J 3.5 (it asks the driver for more results,
     * and the driver has none to count), which an empty database would otherwise always hit.
     */
    private int encrypt(Connection connection, String select, String update) throws SQLException {
        int total = 0;
        String after = "";
        try (PreparedStatement query = connection.prepareStatement(select)) {
            while (true) {
                List<String[]> page = new ArrayList<>(BATCH);
                query.setString(1, after);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        page.add(new String[] {rows.getString(1), rows.getString(2)});
                    }
                }
                if (page.isEmpty()) {
                    return total;
                }
                if (cipher == null) {
                    throw new IllegalStateException("the database holds personal data in plain text that must be "
                            + "encrypted with the personal-data key: migrate with the key (ESP_PERSONAL_DATA_KEY)");
                }
                try (PreparedStatement write = connection.prepareStatement(update)) {
                    for (String[] row : page) {
                        write.setString(1, cipher.encrypt(row[1], row[0]));
                        write.setString(2, row[0]);
                        write.addBatch();
                    }
                    write.executeBatch();
                }
                total += page.size();
                after = page.get(page.size() - 1)[0];
            }
        }
    }
}

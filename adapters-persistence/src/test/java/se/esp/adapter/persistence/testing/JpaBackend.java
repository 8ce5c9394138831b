package se.esp.adapter.persistence.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import se.esp.adapter.persistence.jpa.JpaPersistence;
import se.esp.adapter.persistence.jpa.SchemaMigrations;
import se.esp.adapter.persistence.participant.PersonalDataCipher;

/** A migrated test database with its entity-manager factory, reused by every test of a JVM and wiped between them. */
public final class JpaBackend implements AutoCloseable {

    private final TestDatabase database;
    private final EntityManagerFactory factory;

    JpaBackend(TestDatabase database) {
        this.database = database;
        SchemaMigrations.migrate(database.dataSource(), PERSONAL_DATA);
        this.factory = JpaPersistence.outsideServer(database.dataSource());
    }

    /** One key per test JVM, as a server has one key for its database. */
    public static final PersonalDataCipher PERSONAL_DATA = PersonalDataCipher.withRandomKey();

    public JpaPersistence adapters() {
        return new JpaPersistence(factory, PERSONAL_DATA);
    }

    /** Adapters whose catalogue keeps its search index in {@code catalogueIndex}, as a server configured so. */
    public JpaPersistence adapters(java.nio.file.Path catalogueIndex) {
        return new JpaPersistence(factory, PERSONAL_DATA, catalogueIndex);
    }

    public DataSource dataSource() {
        return database.dataSource();
    }

    public TestDatabase database() {
        return database;
    }

    /** Deletes every row of every table but the migration history. */
    public void wipe() {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                    "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!table.equalsIgnoreCase("flyway_schema_history")) {
                        tables.add(table);
                    }
                }
            }
            statement.execute(h2 ? "SET REFERENTIAL_INTEGRITY FALSE" : "SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                statement.executeUpdate("DELETE FROM " + table);
            }
            statement.execute(h2 ? "SET REFERENTIAL_INTEGRITY TRUE" : "SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new IllegalStateException("could not wipe " + database, e);
        }
    }

    @Override
    public void close() {
        factory.close();
        database.close();
    }
}

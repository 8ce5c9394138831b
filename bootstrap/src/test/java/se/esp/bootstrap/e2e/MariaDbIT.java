package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import se.esp.adapter.persistence.testing.TestDatabase;
import se.esp.adapter.persistence.testing.TestDatabases;

/**
 * The same server, switched to MariaDB by environment variables only (no rebuild): organisations registered over
 * HTTP are rows in that MariaDB database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbIT {

    private final Http http = new Http();
    private TestDatabase database;
    private LibertyServer server;

    @BeforeAll
    void start() {
        database = TestDatabases.mariaDb();
        server = new LibertyServer(Map.of(
                "ESP_DB_KIND", "mariadb",
                "ESP_DB_URL", database.jdbcUrl(),
                "ESP_DB_USER", database.user(),
                "ESP_DB_PASSWORD", database.password()));
        server.start();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void storesOrganisationsInMariaDb() throws SQLException {
        HttpResponse<String> created = http.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "212000-2239", "name": "Borlänge kommun", "kind": "MUNICIPALITY",
                 "population": 51424, "roles": ["CONSUMER"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select name, population, version from organisation where organisation_number = ?")) {
            query.setString(1, "2120002239");
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("name")).isEqualTo("Borlänge kommun");
                assertThat(row.getLong("population")).isEqualTo(51_424L);
                assertThat(row.getLong("version")).isEqualTo(1L);
            }
        }
        assertThat(count("select count(*) from outbox_event where event_type = 'OrganisationRegistered'"
                + " and aggregate_id = (select id from organisation where organisation_number = '2120002239')"))
                .isOne();
    }

    @Test
    void relaysTheOutboxOnMariaDb() throws Exception {
        HttpResponse<String> created = http.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "212000-1124", "name": "Malmö stad", "kind": "MUNICIPALITY",
                 "population": 365252}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        Instant deadline = Instant.now().plusSeconds(30);
        while (count("select count(*) from outbox_event where published_at is null") > 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(count("select count(*) from outbox_event where published_at is null"))
                .as("events the relay has not published").isZero();
        assertThat(count("select count(*) from outbox_event")).isPositive();
    }

    @Test
    void loadsNoDemoDataIntoMariaDbUnlessAskedTo() throws SQLException {
        assertThat(count("select count(*) from organisation where kind = 'OWNER'")).isZero();
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}

package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.persistence.testing.EncryptedAtRest.assertSealedWithout;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import se.esp.adapter.persistence.testing.TestDatabase;
import se.esp.adapter.persistence.testing.TestDatabases;

/**
 * The same server, switched to MariaDB by environment variables only (no rebuild): organisations registered over
 * HTTP are rows in that MariaDB database. Like a production server it has no demo identities: it trusts an
 * identity provider's key and its personal-data key, both given by configuration only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbIT {

    private final Http http = new Http();
    private final TokenSigner identityProvider = new TokenSigner();
    private Http admin;
    private TestDatabase database;
    private LibertyServer server;

    @BeforeAll
    void start() {
        database = TestDatabases.mariaDb();
        Map<String, String> settings = new HashMap<>(identityProvider.serverSettings());
        settings.putAll(Map.of(
                "ESP_DB_KIND", "mariadb",
                "ESP_DB_URL", database.jdbcUrl(),
                "ESP_DB_USER", database.user(),
                "ESP_DB_PASSWORD", database.password(),
                "ESP_PERSONAL_DATA_KEY", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32))));
        server = new LibertyServer(settings);
        server.start();
        admin = http.as(identityProvider.token("admin@owner.example", null, "PLATFORM_ADMINISTRATOR"));
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
        HttpResponse<String> created = admin.postJson(server.uri("/api/organisations"), """
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
        HttpResponse<String> created = admin.postJson(server.uri("/api/organisations"), """
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

    @Test
    void hasNoDemoSignInAndTrustsOnlyTheConfiguredIdentityProvider() {
        assertThat(http.postJson(server.uri("/api/demo/tokens"), "{\"user\": \"esp-admin\"}").statusCode())
                .isEqualTo(404);
        assertThat(http.get(server.uri("/api/organisations")).statusCode()).isEqualTo(401);
        String foreign = new TokenSigner().token("intruder", null, "PLATFORM_ADMINISTRATOR");
        assertThat(http.as(foreign).get(server.uri("/api/organisations")).statusCode()).isEqualTo(401);
        assertThat(admin.get(server.uri("/api/organisations")).statusCode()).isEqualTo(200);
    }

    @Test
    void storesTheIdentityNumberAndContactOfAParticipantOnlyEncrypted() throws SQLException {
        HttpResponse<String> consumer = admin.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "212000-0811", "name": "Olofströms kommun", "kind": "MUNICIPALITY",
                 "population": 13061, "roles": ["CONSUMER"]}""");
        String olofstrom = Http.json(consumer).getString("id");
        Http caseOfficer = http.as(identityProvider.token("case-officer@olofstrom", olofstrom, "CONSUMER_STAFF"));

        HttpResponse<String> registered = caseOfficer.postJson(server.uri("/api/participants"), """
                {"name": "Amina Yusuf", "preferredLanguage": "ar", "phone": "+46 70 123 45 67",
                 "personalIdentityNumber": "19811218-9876", "formRequiresIdentityNumber": true}""");

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select identity_number_encrypted, contact_encrypted from participant")) {
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertSealedWithout(row.getString(1), "198112189876", "19811218-9876", "8112189876",
                        "811218-9876");
                assertSealedWithout(row.getString(2), "+46 70 123 45 67", "46701234567");
            }
        }
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

package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database goes away for a while and comes back, on a MariaDB of the test's own (never the shared one): while it
 * is away every API request, read or write, answers 503 {@code DATABASE_UNAVAILABLE} with {@code Retry-After}
 * quickly, readiness is DOWN and liveness UP; once it is back, readiness recovers within a bound, everything accepted
 * before is there, writes work, and the outbox relay, which kept retrying, publishes what waits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

    /** Far below the HTTP client's 30 s: an answer must come from the bounded waits, not from a client giving up. */
    private static final Duration QUICK_ANSWER = Duration.ofSeconds(10);

    private final Http http = new Http();
    private final TokenSigner identityProvider = new TokenSigner();
    private PrivateMariaDb database;
    private LibertyServer server;
    private Http admin;

    @BeforeAll
    void start() throws Exception {
        database = PrivateMariaDb.start(LibertyServer.workDir("outage-mariadb"));
        Map<String, String> settings = new HashMap<>(identityProvider.serverSettings());
        settings.putAll(Map.of(
                "ESP_DB_KIND", "mariadb",
                "ESP_DB_URL", database.jdbcUrl(),
                "ESP_DB_USER", "root",
                "ESP_DB_PASSWORD", "",
                "ESP_DB_CONNECT_TIMEOUT_MS", "2000",
                "ESP_DB_POOL_WAIT", "5s",
                "ESP_PERSONAL_DATA_KEY", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32))));
        server = new LibertyServer(settings);
        server.start();
        admin = http.as(identityProvider.token("admin@owner.example", null, "PLATFORM_ADMINISTRATOR"));
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void answersServiceUnavailableWhileTheDatabaseIsAwayAndRecoversWhenItIsBack() throws Exception {
        HttpResponse<String> before = admin.postJson(server.uri("/api/organisations"), BORLANGE);
        assertThat(before.statusCode()).as(before.body()).isEqualTo(201);
        String borlange = Http.json(before).getString("id");

        database.stop();

        // (a) reads and writes: 503 problem+json with a stable code and Retry-After, quickly, never a 500
        assertUnavailable(() -> admin.get(server.uri("/api/organisations")));
        assertUnavailable(() -> admin.get(server.uri("/api/organisations/" + borlange)));
        assertUnavailable(() -> admin.postJson(server.uri("/api/organisations"), MALMO));
        // (b) not ready, but alive: restarting the server would not bring the database back
        HttpResponse<String> ready = http.get(server.uri("/health/ready"));
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
        assertThat(ready.body()).contains("DOWN");
        HttpResponse<String> live = http.get(server.uri("/health/live"));
        assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
        // the relay keeps running, failing, and says so once
        awaitInLog("publishing events stopped", Duration.ofSeconds(20));

        database.start();

        // (c) ready again within a bound, without restarting the server
        Instant restarted = Instant.now();
        HttpResponse<String> readyAgain = await(() -> http.get(server.uri("/health/ready")),
                response -> response.statusCode() == 200, Duration.ofSeconds(60));
        assertThat(readyAgain.statusCode()).as(readyAgain.body()).isEqualTo(200);
        System.out.println("[database-outage] ready " + Duration.between(restarted, Instant.now()).toMillis()
                + " ms after the database started again");

        // (d) what was accepted before is there; the write refused during the outage is accepted now, once
        HttpResponse<String> read = admin.get(server.uri("/api/organisations/" + borlange));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Http.json(read).getString("name")).isEqualTo("Borlänge kommun");
        HttpResponse<String> after = admin.postJson(server.uri("/api/organisations"), MALMO);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
        String malmo = Http.json(after).getString("id");
        assertThat(count("select count(*) from organisation")).isEqualTo(2);

        // (e) the relay resumed: the events of before and after the outage are published
        await(() -> unpublishedEvents(), waiting -> waiting == 0, Duration.ofSeconds(30));
        assertThat(unpublishedEvents()).as("events the relay has not published").isZero();
        assertThat(count("select count(*) from outbox_event where published_at is not null and aggregate_id in ('"
                + borlange + "', '" + malmo + "')")).isEqualTo(2);
        awaitInLog("publishing events works again", Duration.ofSeconds(10));

        assertThat(server.log()).as("nothing about the outage was an unexpected failure (500)")
                .doesNotContain("unexpected failure, reference");
    }

    private void assertUnavailable(Supplier<HttpResponse<String>> request) {
        Instant start = Instant.now();
        HttpResponse<String> response = request.get();
        Duration took = Duration.between(start, Instant.now());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = Http.json(response);
        assertThat(problem.getString("code")).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(problem.getInt("status")).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(took).as("time to answer").isLessThan(QUICK_ANSWER);
    }

    private long unpublishedEvents() {
        try {
            return count("select count(*) from outbox_event where published_at is null");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
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

    private void awaitInLog(String text, Duration timeout) throws Exception {
        await(() -> {
            try {
                return server.log();
            } catch (java.io.IOException e) {
                return "";
            }
        }, log -> log.contains(text), timeout);
        assertThat(server.log()).as("the server's log").contains(text);
    }

    /** Asks again every 250 ms until the answer satisfies the condition or the timeout passes; the last answer. */
    private static <T> T await(Supplier<T> ask, Predicate<T> done, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        T answer = ask.get();
        while (!done.test(answer) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            answer = ask.get();
        }
        return answer;
    }

    private static final String BORLANGE = """
            {"organisationNumber": "212000-2239", "name": "Borlänge kommun", "kind": "MUNICIPALITY",
             "population": 51424, "roles": ["CONSUMER"]}""";

    private static final String MALMO = """
            {"organisationNumber": "212000-1124", "name": "Malmö stad", "kind": "MUNICIPALITY",
             "population": 365252}""";
}

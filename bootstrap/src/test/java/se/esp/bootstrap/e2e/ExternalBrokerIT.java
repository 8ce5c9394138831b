package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import jakarta.json.JsonObject;

/**
 * The platform on an external broker chosen by configuration only ({@code ESP_JMS_KIND=remote}): a dedicated
 * Liberty messaging engine in another server. Events reach its topic; while it is down they wait in the outbox
 * and readiness says why; once it is back they arrive, each once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalBrokerIT {

    private final Http http = new Http();
    private Http admin;
    private LibertyBroker broker;
    private LibertyServer server;
    private EventProbe events;

    @BeforeAll
    void start() throws Exception {
        broker = new LibertyBroker();
        broker.start();
        server = new LibertyServer(Map.of(
                "ESP_DATA_DIR", LibertyServer.workDir("external-broker-data").toString(),
                "ESP_DEMO_DATA_ENABLED", "false",
                // no demo data (the test counts the events it causes), but the demo administrator to sign in as
                "ESP_DEMO_IDENTITIES_ENABLED", "true",
                "ESP_JMS_KIND", "remote",
                "ESP_JMS_REMOTE_ADDRESS", broker.remoteAddress())).withEventProbe();
        server.start();
        admin = http.as(Http.demoToken(server, "esp-admin"));
        events = new EventProbe(http, server);
        events.subscribe();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void publishesToTheExternalBrokerAndCatchesUpAfterItsOutage() {
        String first = register("556036-0793", "Första Bolaget AB");
        events.awaitEvent("OrganisationRegistered", first, Duration.ofSeconds(30));

        broker.stop();
        String second = register("556012-5790", "Andra Bolaget AB");
        JsonObject readiness = awaitReadiness(503, Duration.ofSeconds(30));
        assertThat(readiness.getJsonArray("checks").getJsonObject(0).getJsonObject("data").getString("broker"))
                .startsWith("DOWN");
        Instant deadline = Instant.now().plusSeconds(30);
        while (metric("esp_outbox_publish_failures_total") == 0 && Instant.now().isBefore(deadline)) {
            pause();
        }
        assertThat(metric("esp_outbox_publish_failures_total")).as("relay runs that failed").isPositive();
        assertThat(metric("esp_outbox_backlog")).as("events waiting").isEqualTo(1);

        broker.start();
        awaitReadiness(200, Duration.ofSeconds(60));
        events.awaitEvent("OrganisationRegistered", second, Duration.ofSeconds(30));
        assertThat(events.count("OrganisationRegistered", first)).as("the first event, once").isOne();
        assertThat(events.count("OrganisationRegistered", second)).as("the second event, once").isOne();
    }

    private String register(String number, String name) {
        HttpResponse<String> created = admin.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "%s", "name": "%s", "kind": "COMPANY"}""".formatted(number, name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).getString("id");
    }

    private JsonObject awaitReadiness(int status, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> response = http.get(server.uri("/health/ready"));
        while (response.statusCode() != status && Instant.now().isBefore(deadline)) {
            pause();
            response = http.get(server.uri("/health/ready"));
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Http.json(response);
    }

    private double metric(String name) {
        String metrics = http.get(server.uri("/metrics?scope=application")).body();
        return metrics.lines().filter(line -> line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no metric " + name + " in\n" + metrics));
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

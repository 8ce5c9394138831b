package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same WAR on a server, in a few minutes: health, the demo organisations, a signed-in write and the
 * problem+json refusal of its repetition, its event arriving on the broker's topic, an application sent by another
 * system consumed from the inbound queue, and the platform's counters exported in Prometheus' format. Run on Open
 * Liberty ({@link LibertySmokeIT}) and WildFly ({@link WildFlyIT.Smoke}) with the demo data; DOMAIN.md's worked
 * example, which needs a platform without it, runs on both as {@link WorkedExampleIT} and
 * {@link WildFlyIT.WorkedExample}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerSmokeSuite {

    /** A fictional company (the number passes the Luhn check), registered by the write below. */
    private static final String COMPANY = """
            {"organisationNumber": "559999-0016", "name": "Röktest Serverbyte AB (fiktiv)", "kind": "COMPANY",
             "roles": ["SUPPLIER"]}""";
    private static final String ARABIC = "Studievägledning online på arabiska";

    private final Http http = new Http();
    private EspServer server;
    private EventProbe events;

    /** The server under test with these settings, the event probe deployed beside the platform. */
    abstract EspServer server(Map<String, String> settings) throws Exception;

    @BeforeAll
    void start() throws Exception {
        server = server(Map.of("ESP_DATA_DIR", LibertyServer.workDir("smoke-data").toString()));
        server.start();
        events = new EventProbe(http, server);
        events.subscribe();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void isLiveAndReadyWithItsDatabaseAndBroker() {
        for (String probe : List.of("/health/live", "/health/ready")) {
            HttpResponse<String> answer = http.get(server.healthUri(probe));
            assertThat(answer.statusCode()).as(probe + ": " + answer.body()).isEqualTo(200);
            assertThat(Http.json(answer).getString("status")).isEqualTo("UP");
            assertThat(Http.json(answer).getJsonArray("checks").getValuesAs(JsonObject.class))
                    .as(probe + " has the platform's own check").anyMatch(c -> c.getString("name").equals("esp"));
        }
        JsonObject esp = Http.json(http.get(server.healthUri("/health/ready"))).getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").equals("esp"))
                .findFirst().orElseThrow();
        assertThat(esp.getJsonObject("data").getString("database")).isEqualTo("UP");
        assertThat(esp.getJsonObject("data").getString("broker")).isEqualTo("UP");
    }

    @Test
    void servesTheDemoOrganisationsToASignedInAdministrator() {
        Http administrator = http.as(Http.demoToken(server, "esp-admin"));
        HttpResponse<String> answer = administrator.get(server.uri("/api/organisations?size=200"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<String> names = Http.json(answer).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("name")).toList();
        assertThat(names).contains("Ronneby kommun", "Olofströms kommun", "Malmö stad", "Region Stockholm",
                "eSP Nationell plattform (fiktiv demoägare)");

        HttpResponse<String> anonymous = http.get(server.uri("/api/organisations"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aSignedInWriteIsStoredAndPublishedAndItsRepetitionRefusedAsProblemJson() {
        Http administrator = http.as(Http.demoToken(server, "esp-admin"));

        HttpResponse<String> created = administrator.postJson(server.uri("/api/organisations"), COMPANY);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.json(created).getString("id");
        HttpResponse<String> read = administrator.get(server.uri("/api/organisations/" + id));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Http.json(read).getString("name")).isEqualTo("Röktest Serverbyte AB (fiktiv)");

        HttpResponse<String> again = administrator.postJson(server.uri("/api/organisations"), COMPANY);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Http.json(again).getInt("status")).isEqualTo(409);

        JsonObject event = events.awaitEvent("OrganisationRegistered", id, Duration.ofSeconds(60));
        assertThat(event.getString("body")).contains("559999-0016");
        assertThat(events.count("OrganisationRegistered", id)).as("one registration, one event").isEqualTo(1);
    }

    @Test
    void consumesAnApplicationFromTheInboundQueueAndRepliesWithIt() {
        String token = Http.demoToken(server, "olofstrom-consumer");
        Http olofstrom = http.as(token);
        String version = arabicVersion(olofstrom);
        String body = """
                {"offeringVersionId": "%s", "language": "ar", "earliestStart": "%s",
                 "participants": [{"name": "Röktest Olofström", "preferredLanguage": "ar",
                                   "personalIdentityNumber": "19900315-0100", "targetGroups": ["NEWLY_ARRIVED"],
                                   "answers": {"previousEducation": "Gymnasium", "goal": "studies"}}]}"""
                .formatted(version, LocalDate.now().plusWeeks(2));

        JsonObject sent = send(body, Map.of("authorization", "Bearer " + token, "idempotencyKey", "smoke-1"));

        JsonObject reply = sent.getJsonObject("reply");
        assertThat(reply).as("a reply within 60 s: " + sent + "\n" + server.logTail()).isNotNull();
        assertThat(reply.getString("status")).as(reply.toString()).isEqualTo("ACCEPTED");
        String id = reply.getString("applicationId");
        HttpResponse<String> read = olofstrom.get(server.uri("/api/applications/" + id));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Http.json(read).getString("offeringVersionId")).isEqualTo(version);
        events.awaitEvent("ApplicationReceived", id, Duration.ofSeconds(60));

        JsonObject malformed = send("{\"offeringVersionId\": ", Map.of("authorization", "Bearer " + token));
        assertThat(malformed.getJsonObject("reply").getString("reason")).isEqualTo("MALFORMED_JSON");
        assertThat(deadLetters()).extracting(m -> m.getJsonObject("properties").getString("deadLetterReason"))
                .contains("MALFORMED_JSON");
    }

    @Test
    void exportsThePlatformsCountersAndGaugesInPrometheusFormat() {
        // the relay publishes the demo data's events within seconds of the start
        String published = "(?m)^esp_outbox_published_total(\\{[^}]*\\})? [1-9]";
        Instant deadline = Instant.now().plusSeconds(60);
        HttpResponse<String> metrics = http.get(server.metricsUri());
        while (!Pattern.compile(published).matcher(metrics.body()).find() && Instant.now().isBefore(deadline)) {
            pause();
            metrics = http.get(server.metricsUri());
        }
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).as(server.metricsUri().toString()).containsPattern(published)
                .containsPattern("(?m)^esp_outbox_backlog_age_seconds(\\{[^}]*\\})? [0-9]");
    }

    private JsonObject send(String body, Map<String, String> properties) {
        var props = Json.createObjectBuilder();
        properties.forEach(props::add);
        HttpResponse<String> response = http.postJson(server.uri("/e2e-probe/applications?awaitReplyMillis=60000"),
                Json.createObjectBuilder().add("body", body).add("properties", props).build().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private List<JsonObject> deadLetters() {
        List<JsonObject> read = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(30);
        while (read.isEmpty() && Instant.now().isBefore(deadline)) {
            read.addAll(Http.jsonArray(http.get(server.uri("/e2e-probe/dead-letters?waitMillis=1000")))
                    .getValuesAs(JsonObject.class));
        }
        return read;
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String arabicVersion(Http caseOfficer) {
        JsonObject found = Http.json(caseOfficer.get(server.uri("/api/catalogue?q="
                + URLEncoder.encode("arabiska", StandardCharsets.UTF_8))));
        return found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("titles").getString("sv").equals(ARABIC))
                .findFirst().orElseThrow().getString("versionId");
    }
}

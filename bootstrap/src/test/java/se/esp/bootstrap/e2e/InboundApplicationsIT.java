package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Applications in over the queue on the running server with the demo data: another system (the probe, inside the
 * server, since Liberty's engine has no outside client) sends Olofström's case officer's application with her demo
 * token to {@code jms/espApplicationsIn}; the reply says it was accepted, it is read over REST, its
 * {@code ApplicationReceived} arrives on the events topic; sending it again creates nothing; a malformed message and
 * one without a token reach the dead-letter queue with their reasons, and the listener goes on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboundApplicationsIT {

    private static final String ARABIC = "Studievägledning online på arabiska";

    private final Http http = new Http();
    private LibertyServer server;
    private EventProbe events;

    @BeforeAll
    void start() throws Exception {
        Path data = LibertyServer.workDir("inbound-data");
        server = new LibertyServer(Map.of("ESP_DATA_DIR", data.toString())).withEventProbe();
        server.start();
        events = new EventProbe(http, server);
        events.subscribe();
        // the engine's message store outlives a test run: dead letters of an earlier run are not this one's
        http.get(server.uri("/e2e-probe/dead-letters?waitMillis=1000"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void anApplicationOnTheQueueIsStoredReadOverRestAndPublishedAndBadOnesAreDeadLettered() {
        String token = Http.demoToken(server, "olofstrom-consumer");
        Http olofstrom = http.as(token);
        String version = arabicVersion(olofstrom);
        String body = """
                {"offeringVersionId": "%s", "language": "ar", "earliestStart": "%s",
                 "participants": [{"name": "Ködeltagare Olofström", "preferredLanguage": "ar",
                                   "personalIdentityNumber": "19900315-0100", "targetGroups": ["NEWLY_ARRIVED"],
                                   "answers": {"previousEducation": "Gymnasium", "goal": "studies"}}]}"""
                .formatted(version, LocalDate.now().plusWeeks(2));

        JsonObject sent = send(body, Map.of("authorization", "Bearer " + token, "idempotencyKey", "e2e-queue-1"));

        JsonObject reply = sent.getJsonObject("reply");
        assertThat(reply).as("a reply within 60 s: " + sent + "\n" + server.logTail()).isNotNull();
        assertThat(sent.getString("correlationId")).isEqualTo(sent.getString("messageId"));
        assertThat(reply.getString("status")).as(reply.toString()).isEqualTo("ACCEPTED");
        assertThat(reply.getBoolean("created")).isTrue();
        String id = reply.getString("applicationId");
        HttpResponse<String> read = olofstrom.get(server.uri("/api/applications/" + id));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonObject application = Http.json(read);
        assertThat(application.getString("offeringVersionId")).isEqualTo(version);
        assertThat(application.getString("status")).isEqualTo(reply.getString("applicationStatus"));
        events.awaitEvent("ApplicationReceived", id, Duration.ofSeconds(30));

        JsonObject again = send(body, Map.of("authorization", "Bearer " + token, "idempotencyKey", "e2e-queue-1"));
        assertThat(again.getJsonObject("reply").getString("applicationId")).isEqualTo(id);
        assertThat(again.getJsonObject("reply").getBoolean("created")).isFalse();
        assertThat(events.count("ApplicationReceived", id)).as("no second application, no second event")
                .isEqualTo(1);

        JsonObject malformed = send("{\"offeringVersionId\": ", Map.of("authorization", "Bearer " + token,
                "senderSystem", "e2e"));
        assertThat(malformed.getJsonObject("reply").getString("reason")).isEqualTo("MALFORMED_JSON");
        JsonObject anonymous = send(body, Map.of("idempotencyKey", "e2e-queue-anonymous"));
        assertThat(anonymous.getJsonObject("reply").getString("reason")).isEqualTo("UNAUTHENTICATED");
        List<JsonObject> dead = deadLetters(2);
        assertThat(dead).extracting(m -> m.getJsonObject("properties").getString("deadLetterReason"))
                .containsExactlyInAnyOrder("MALFORMED_JSON", "UNAUTHENTICATED");
        assertThat(dead).filteredOn(m -> m.getString("body").startsWith("{\"offeringVersionId\": \""))
                .singleElement().satisfies(m -> assertThat(m.getJsonObject("properties")
                        .getString("idempotencyKey")).isEqualTo("e2e-queue-anonymous"));
        assertThat(dead).filteredOn(m -> m.getJsonObject("properties").getString("deadLetterReason")
                .equals("MALFORMED_JSON")).singleElement().satisfies(m -> {
                    assertThat(m.getString("body")).isEqualTo("{\"offeringVersionId\": ");
                    assertThat(m.getJsonObject("properties").getString("senderSystem")).isEqualTo("e2e");
                    assertThat(m.getJsonObject("properties").containsKey("authorization")).isFalse();
                });

        JsonObject afterwards = send(body.replace("19900315-0100", "19900316-0109"),
                Map.of("authorization", "Bearer " + token));
        assertThat(afterwards.getJsonObject("reply").getString("status")).as("the listener goes on")
                .isEqualTo("ACCEPTED");
        List<String> counted = List.of("esp_applications_inbound_received_total{mp_scope=\"application\",} 5.0",
                "esp_applications_inbound_accepted_total{mp_scope=\"application\",} 2.0",
                "esp_applications_inbound_duplicates_total{mp_scope=\"application\",} 1.0",
                "esp_applications_dead_lettered_total{mp_scope=\"application\",reason=\"MALFORMED_JSON\",} 1.0",
                "esp_applications_dead_lettered_total{mp_scope=\"application\",reason=\"UNAUTHENTICATED\",} 1.0",
                "esp_applications_dead_lettered_total{mp_scope=\"application\",reason=\"ACCESS_DENIED\",} 0.0");
        String metrics = http.get(server.uri("/metrics")).body();
        // 30 s, pausing between reads: five seconds of reading /metrics as fast as possible was tight on a busy CI
        // machine, and the polling competed with the server for the two cores
        Instant deadline = Instant.now().plusSeconds(30);
        while (!counted.stream().allMatch(metrics::contains) && Instant.now().isBefore(deadline)) {
            pause();
            metrics = http.get(server.uri("/metrics")).body();
        }
        assertThat(metrics).contains(counted);
    }

    private JsonObject send(String body, Map<String, String> properties) {
        var json = Json.createObjectBuilder().add("body", body);
        var props = Json.createObjectBuilder();
        properties.forEach(props::add);
        HttpResponse<String> response = http.postJson(server.uri("/e2e-probe/applications?awaitReplyMillis=60000"),
                json.add("properties", props).build().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private List<JsonObject> deadLetters(int expected) {
        List<JsonObject> read = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(30);
        while (read.size() < expected && Instant.now().isBefore(deadline)) {
            read.addAll(Http.jsonArray(http.get(server.uri("/e2e-probe/dead-letters?waitMillis=1000")))
                    .getValuesAs(JsonObject.class));
        }
        return read;
    }

    private String arabicVersion(Http caseOfficer) {
        JsonObject found = Http.json(caseOfficer.get(server.uri("/api/catalogue?q="
                + URLEncoder.encode("arabiska", StandardCharsets.UTF_8))));
        return found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("titles").getString("sv").equals(ARABIC))
                .findFirst().orElseThrow().getString("versionId");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}

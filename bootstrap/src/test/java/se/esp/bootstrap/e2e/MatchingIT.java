package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import jakarta.json.JsonObject;

/**
 * Applications, automatic matching and deliveries on the running server with the demo data, each step signed in
 * as the demo user whose work it is: Olofström's case officer applies over HTTP and finds the application already
 * matched into the demo co-delivery; a retry with the same key creates nothing; bad answers are refused by field;
 * Ronneby's supplier staff read the delivery with every participant and the cost split; Borlänge and Malmö see
 * nothing of it that is not theirs. What came of the demo applications is then in the statistics: Olofström's own,
 * Ronneby's as the supplier, and the platform's coverage for the administrator; the owner's view is refused to a
 * case officer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingIT {

    private static final String ARABIC = "Studievägledning online på arabiska";
    /** Listings and statistics name an offering by its English title when it has one. */
    private static final String ARABIC_EN = "Study guidance online in Arabic";

    private final Http http = new Http();
    private LibertyServer server;

    @BeforeAll
    void start() throws Exception {
        Path data = LibertyServer.workDir("matching-data");
        server = new LibertyServer(Map.of("ESP_DATA_DIR", data.toString()));
        server.start();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private Http as(String user) {
        return http.as(Http.demoToken(server, user));
    }

    private String arabicVersion(Http caseOfficer) {
        JsonObject found = Http.json(caseOfficer.get(server.uri("/api/catalogue?q="
                + URLEncoder.encode("arabiska", StandardCharsets.UTF_8))));
        return found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("titles").getString("sv").equals(ARABIC))
                .findFirst().orElseThrow().getString("versionId");
    }

    private static String application(String version, String identityNumber, String goal) {
        return """
                {"offeringVersionId": "%s", "language": "ar", "earliestStart": "%s",
                 "participants": [{"name": "Testdeltagare Olofström", "preferredLanguage": "ar",
                                   "personalIdentityNumber": "%s", "targetGroups": ["NEWLY_ARRIVED"],
                                   "answers": {"previousEducation": "Grundskola", "goal": "%s"}}]}"""
                .formatted(version, LocalDate.now().plusWeeks(2), identityNumber, goal);
    }

    @Test
    void aConsumerAppliesOverHttpIsMatchedAtOnceAndTheSupplierReadsTheDelivery() {
        Http olofstrom = as("olofstrom-consumer");
        String version = arabicVersion(olofstrom);

        HttpResponse<String> refused = olofstrom.postJson(server.uri("/api/applications"),
                application(version, "20140101-0002", "holidays"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Http.json(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field") + ":" + e.getString("code"))
                .containsExactlyInAnyOrder("participants[0].personalIdentityNumber:NOT_ELIGIBLE",
                        "participants[0].answers.goal:UNKNOWN_VALUE");

        HttpResponse<String> submitted = olofstrom.postJson(server.uri("/api/applications"),
                application(version, "19811218-9876", "work"), "Idempotency-Key", "olofstrom-e2e-1");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonObject application = Http.json(submitted);
        assertThat(application.getString("status")).isEqualTo("MATCHED");
        JsonObject match = application.getJsonObject("match");
        assertThat(match.getString("explanation")).contains("Placed in the open Arabic delivery",
                "Amina Haddad (employed by Malmö stad)");
        String delivery = match.getString("deliveryId");

        HttpResponse<String> retried = olofstrom.postJson(server.uri("/api/applications"),
                application(version, "19811218-9876", "work"), "Idempotency-Key", "olofstrom-e2e-1");
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(Http.json(retried).getString("id")).isEqualTo(application.getString("id"));

        HttpResponse<String> read = as("ronneby-supplier").get(server.uri("/api/deliveries/" + delivery));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonObject seen = Http.json(read);
        assertThat(seen.getString("status")).isEqualTo("PLANNED");
        assertThat(seen.getInt("participants")).isEqualTo(5);
        assertThat(seen.getJsonArray("seats").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("applicationId")).contains(application.getString("id"));
        List<JsonObject> shares = seen.getJsonArray("costShares").getValuesAs(JsonObject.class);
        assertThat(shares).hasSize(2);
        assertThat(shares.get(0).getString("amount")).isEqualTo("3600.00");
        assertThat(shares.get(1).getString("amount")).isEqualTo("2400.00");
        String participant = application.getJsonArray("participants").getJsonObject(0).getString("participantId");
        assertThat(as("ronneby-supplier").get(server.uri("/api/participants/" + participant)).statusCode())
                .as("the delivering supplier reads its participants").isEqualTo(200);

        assertThat(as("borlange-consumer").get(server.uri("/api/applications/" + application.getString("id")))
                .statusCode()).as("another consumer's application does not exist for Borlänge").isEqualTo(404);
        assertThat(as("malmo-supplier").get(server.uri("/api/deliveries/" + delivery)).statusCode())
                .as("Malmö supplies nothing in it").isEqualTo(404);
        JsonObject borlanges = Http.json(as("borlange-consumer").get(server.uri("/api/deliveries/" + delivery)));
        assertThat(borlanges.getJsonArray("seats")).hasSize(2);
        assertThat(borlanges.getJsonArray("costShares")).hasSize(1);
    }

    private String organisationId(String number) {
        JsonObject page = Http.json(as("esp-admin").get(server.uri("/api/organisations?size=200")));
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("organisationNumber").equals(number)).findFirst().orElseThrow()
                .getString("id");
    }

    private static JsonObject series(JsonObject statistics, String name) {
        return statistics.getJsonArray("series").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theDemoApplicationsAreCountedInTheStatisticsOfTheirConsumerTheirSupplierAndThePlatform() {
        // The demo applied when the server started (UTC month); the range around it takes a month turning meanwhile.
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        String range = "?from=" + now.minusMonths(1) + "&to=" + now.plusMonths(2);
        String olofstrom = organisationId("212000-0811");

        HttpResponse<String> own = as("olofstrom-consumer").get(server.uri("/api/statistics/consumers/" + olofstrom
                + range));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        JsonObject consumer = Http.json(own);
        assertThat(consumer.getJsonArray("months")).hasSize(4);
        assertThat(series(consumer, "applications").getInt("total")).isGreaterThanOrEqualTo(1);
        assertThat(series(consumer, "participants").getInt("total")).isGreaterThanOrEqualTo(2);
        assertThat(series(consumer, "cost").getString("unit")).isEqualTo("SEK");
        assertThat(consumer.getJsonArray("byOffering").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("title")).contains(ARABIC_EN);

        JsonObject supplier = Http.json(as("ronneby-supplier").get(server.uri("/api/statistics/suppliers/"
                + organisationId("212000-0837") + range)));
        assertThat(series(supplier, "seatsPlaced").getInt("total")).isGreaterThanOrEqualTo(3);
        assertThat(series(supplier, "deliveries").getInt("total")).isGreaterThanOrEqualTo(1);

        JsonObject platform = Http.json(as("esp-admin").get(server.uri("/api/statistics/platform" + range)));
        assertThat(platform.getJsonArray("coverage").getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("title").equals(ARABIC_EN)).singleElement()
                .satisfies(c -> assertThat(c.getInt("municipalities")).isGreaterThanOrEqualTo(2));

        HttpResponse<String> refused = as("olofstrom-consumer").get(server.uri("/api/statistics/platform" + range));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        HttpResponse<String> invalid = as("esp-admin").get(server.uri("/api/statistics/platform?from=" + now
                + "&to=" + now.minusMonths(1)));
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }
}

package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * The platform as a newcomer runs it: Open Liberty with no configuration but a data folder, so the embedded
 * database, the embedded broker and the demo data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDatabaseIT {

    private final Http http = new Http();
    private LibertyServer server;
    private EventProbe events;

    @BeforeAll
    void start() throws Exception {
        Path data = LibertyServer.workDir("embedded-data");
        server = new LibertyServer(Map.of("ESP_DATA_DIR", data.toString())).withEventProbe();
        server.start();
        events = new EventProbe(http, server);
        events.subscribe();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void isReadyAndAliveWithDatabaseAndBrokerUp() {
        HttpResponse<String> ready = http.get(server.uri("/health/ready"));
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonObject check = Http.json(ready).getJsonArray("checks").getJsonObject(0);
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getString("database")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getString("broker")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getString("outbox")).startsWith("UP: ");
        assertThat(http.get(server.uri("/health/live")).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void servesTheDemoMunicipalitiesWithTheirRealNumbers() {
        HttpResponse<String> response = http.get(server.uri("/api/organisations?kind=MUNICIPALITY&size=100"));

        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonObject> items = Http.json(response).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).hasSizeGreaterThanOrEqualTo(10);
        assertThat(items).anySatisfy(o -> {
            assertThat(o.getString("name")).isEqualTo("Ronneby kommun");
            assertThat(o.getString("organisationNumber")).isEqualTo("212000-0837");
            assertThat(o.getInt("population")).isEqualTo(29_021);
        });
        assertThat(names("/api/organisations?kind=REGION")).contains("Region Stockholm");
        assertThat(Http.json(http.get(server.uri("/api/organisations?kind=OWNER"))).getInt("totalItems")).isOne();
        assertThat(Http.json(http.get(server.uri("/api/organisations?role=PARTNER&kind=COMPANY")))
                .getInt("totalItems")).isOne();
    }

    @Test
    @Order(3)
    void registersAnOrganisationOverHttpAndReadsItBack() {
        HttpResponse<String> created = http.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "5566778899", "name": "Testbolaget AB", "kind": "COMPANY",
                 "roles": ["SUPPLIER"]}""");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> read = http.get(java.net.URI.create(location));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).contains("\"1\"");
        JsonObject organisation = Http.json(read);
        assertThat(organisation.getString("organisationNumber")).isEqualTo("556677-8899");
        assertThat(organisation.getString("name")).isEqualTo("Testbolaget AB");
        assertThat(organisation.getJsonArray("roles").getString(0)).isEqualTo("SUPPLIER");
    }

    @Test
    @Order(4)
    void publishesTheRegistrationOfAnOrganisationOnTheEventsTopic() {
        HttpResponse<String> created = http.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "556016-0680", "name": "Händelsebolaget AB", "kind": "COMPANY",
                 "roles": ["SUPPLIER", "CONSUMER"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.json(created).getString("id");

        JsonObject message = events.awaitEvent("OrganisationRegistered", id, Duration.ofSeconds(30));

        JsonObject envelope = Http.json(message.getString("body"));
        assertThat(envelope.getInt("schemaVersion")).isEqualTo(1);
        assertThat(envelope.getString("aggregateType")).isEqualTo("Organisation");
        assertThat(envelope.getString("eventId")).matches("[0-9a-f-]{36}");
        assertThat(envelope.getString("occurredAt")).endsWith("Z");
        JsonObject payload = envelope.getJsonObject("payload");
        assertThat(payload.getString("organisationNumber")).isEqualTo("556016-0680");
        assertThat(payload.getString("name")).isEqualTo("Händelsebolaget AB");
        assertThat(payload.getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactly("CONSUMER", "SUPPLIER");
        JsonObject properties = message.getJsonObject("properties");
        assertThat(properties.getString("eventId")).isEqualTo(envelope.getString("eventId"));
        assertThat(properties.getString("aggregateId")).isEqualTo(id);
        assertThat(properties.getString("JMSType")).isEqualTo("OrganisationRegistered");
        assertThat(Http.json(http.get(server.uri("/health/ready"))).getJsonArray("checks").getJsonObject(0)
                .getJsonObject("data").getString("outbox")).startsWith("UP: ");
        assertThat(events.count("OrganisationRegistered", id)).as("published once").isOne();
    }

    @Test
    @Order(5)
    void refusesABadCheckDigitWithAProblemNamingTheField() {
        HttpResponse<String> response = http.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "556677-8890", "name": "Felbolaget AB", "kind": "COMPANY"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = Http.json(response);
        assertThat(problem.getString("code")).isEqualTo("VALIDATION_FAILED");
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("organisationNumber");
        assertThat(error.getString("code")).isEqualTo("INVALID_CHECK_DIGIT");
    }

    @Test
    @Order(6)
    void refusesADuplicateNumberAndAStaleChange() {
        HttpResponse<String> duplicate = http.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "212000-0837", "name": "Ronneby igen", "kind": "MUNICIPALITY",
                 "population": 1}""");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(Http.json(duplicate).getString("code")).isEqualTo("ORGANISATION_NUMBER_TAKEN");

        String location = http.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "559999-0016", "name": "Versionsbolaget AB", "kind": "COMPANY"}""")
                .headers().firstValue("Location").orElseThrow();
        HttpResponse<String> changed = http.putJson(java.net.URI.create(location), """
                {"name": "Versionsbolaget i Sverige AB", "kind": "COMPANY"}""", "\"1\"");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).contains("\"2\"");
        HttpResponse<String> stale = http.putJson(java.net.URI.create(location), """
                {"name": "Stale AB", "kind": "COMPANY"}""", "\"1\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(Http.json(http.get(java.net.URI.create(location))).getString("name"))
                .isEqualTo("Versionsbolaget i Sverige AB");
    }

    @Test
    @Order(7)
    void servesTheOpenApiDocumentItsUiAndPrometheusMetrics() {
        HttpResponse<String> document = http.get(server.uri("/openapi"));
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/api/organisations");
        assertThat(http.get(server.uri("/openapi/ui/")).statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = http.get(server.uri("/metrics"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
        assertThat(metrics.body()).containsPattern("(?m)^esp_outbox_published_total\\{[^}]*\\} [1-9]")
                .contains("esp_outbox_backlog{").contains("esp_outbox_publish_failures_total{")
                .contains("esp_outbox_backlog_age_seconds{");
    }

    @Test
    @Order(8)
    void registersAResourceEmployedByADemoMunicipalityAndReadsItBack() {
        String malmo = Http.json(http.get(server.uri("/api/organisations?size=200"))).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("organisationNumber").equals("212000-1124"))
                .map(o -> o.getString("id")).findFirst().orElseThrow();
        HttpResponse<String> created = http.postJson(server.uri("/api/resources"), """
                {"personUserId": "amina", "displayName": "Amina Haddad", "languages": ["ar", "sv"],
                 "employerId": "%s", "hourlyRate": "450.00",
                 "availability": {"slots": [{"day": "TUESDAY", "start": "10:00", "end": "12:00"}],
                                  "maxHoursPerWeek": 4},
                 "competences": [{"code": "study-guidance", "evidence": "Teacher's degree", "expiresOn": "2099-06-30"}]}
                """.formatted(malmo));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject resource = Http.json(http.get(java.net.URI.create(
                created.headers().firstValue("Location").orElseThrow())));
        assertThat(resource.getString("status")).isEqualTo("APPLIED");
        assertThat(resource.getString("employerId")).isEqualTo(malmo);
        assertThat(resource.getJsonArray("competences").getJsonObject(0).getBoolean("countsToday")).isFalse();

        HttpResponse<String> invalid = http.postJson(server.uri("/api/resources"), """
                {"personUserId": "other", "displayName": "Other", "languages": ["xx"], "hourlyRate": "450.00"}""");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Http.json(invalid).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("languages[0]");
    }

    @Test
    @Order(9)
    void settlesTheDemoFeeScheduleAndServesStatementsAsCsvAndInvoicesOnlyForClosedMonths() {
        HttpResponse<String> schedule = http.get(server.uri("/api/fee-schedule"));
        assertThat(schedule.statusCode()).as(schedule.body()).isEqualTo(200);
        assertThat(Http.json(schedule).getJsonArray("rates").getJsonObject(0).getString("transactionFeePercent"))
                .isEqualTo("5");
        String partnerId = Http.json(http.get(server.uri("/api/organisations?role=PARTNER&kind=COMPANY")))
                .getJsonArray("items").getJsonObject(0).getString("id");
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
        HttpResponse<String> agreed = http.postJson(server.uri("/api/fee-schedule/partnerships"), """
                {"partnerId": "%s", "fee": "30000.00", "per": "MONTH", "startsOn": "%s"}"""
                .formatted(partnerId, month.atDay(1)), schedule.headers().firstValue("ETag").orElseThrow());
        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);
        HttpResponse<String> stored = http.get(server.uri("/api/fee-schedule"));
        assertThat(stored.headers().firstValue("ETag")).as("the change is stored").contains("\"2\"");
        assertThat(Http.json(stored).getJsonArray("partnerships")).hasSize(1);

        HttpResponse<String> settled = http.post(server.uri("/api/settlement/periods/" + month + "/runs"));
        assertThat(settled.statusCode()).as(settled.body()).isEqualTo(200);
        assertThat(Http.json(settled).getString("total")).isEqualTo("0.00");
        assertThat(Http.json(settled).getJsonObject("ownerFeeRevenue").getString("PARTNER_FEE", "none"))
                .as(settled.body()).isEqualTo("30000.00");

        String ronneby = Http.json(http.get(server.uri("/api/organisations?kind=MUNICIPALITY&size=100")))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("Ronneby kommun")).findFirst().orElseThrow().getString("id");
        HttpResponse<String> project = http.postJson(server.uri("/api/scaling-projects"), """
                {"ownerId": "%s", "name": "Studiehandledning – nationell skala", "budget": "800000.00"}"""
                .formatted(ronneby));
        assertThat(project.statusCode()).as(project.body()).isEqualTo(201);
        HttpResponse<String> activated = http.putJson(java.net.URI.create(
                project.headers().firstValue("Location").orElseThrow() + "/status"),
                "{\"status\": \"ACTIVE\", \"on\": \"" + month.atDay(1) + "\"}", "\"1\"");
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
        HttpResponse<String> again = http.post(server.uri("/api/settlement/periods/" + month + "/runs"));
        assertThat(again.headers().firstValue("ETag")).contains("\"2\"");
        assertThat(Http.json(again).getJsonArray("runs")).hasSize(2);
        assertThat(Http.json(again).getJsonObject("ownerFeeRevenue").getString("SCALING_PROJECT_FEE", "none"))
                .as(again.body()).isEqualTo("80000.00");
        assertThat(Http.json(again).getString("total")).isEqualTo("0.00");

        HttpResponse<String> csv = http.get(server.uri("/api/settlement/periods/" + month + "/statements/"
                + partnerId + "/statement.csv?dialect=swedish"));
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFperiod;organisationNumber;organisation;kind;amount;")
                .contains(";PARTNER_FEE;-30000,00;");
        HttpResponse<String> invoice = http.get(server.uri("/api/settlement/periods/" + month + "/statements/"
                + partnerId + "/invoice.xml"));
        assertThat(invoice.statusCode()).isEqualTo(409);
        assertThat(Http.json(invoice).getString("code")).isEqualTo("SETTLEMENT_PERIOD_OPEN");
        assertThat(http.get(server.uri("/openapi")).body()).contains("/api/settlement/periods");
    }

    @Test
    @Order(10)
    void keepsItsDataAcrossARestartAndDoesNotLoadDemoDataTwice() {
        long before = Http.json(http.get(server.uri("/api/organisations"))).getJsonNumber("totalItems").longValue();
        String location = http.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "802999-0010", "name": "Omstartsföreningen", "kind": "ASSOCIATION"}""")
                .headers().firstValue("Location").orElseThrow();
        String path = java.net.URI.create(location).getPath();

        server.stop();
        server.start();

        HttpResponse<String> read = http.get(server.uri(path));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Http.json(read).getString("name")).isEqualTo("Omstartsföreningen");
        assertThat(Http.json(http.get(server.uri("/api/organisations"))).getJsonNumber("totalItems").longValue())
                .isEqualTo(before + 1);
    }

    private List<String> names(String path) {
        return Http.json(http.get(server.uri(path))).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("name")).toList();
    }
}

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

    /** Anonymous: health, OpenAPI, metrics, and the proof that the API refuses anonymous calls. */
    private final Http http = new Http();
    /** The demo platform administrator, signed in the way the README tells a newcomer to. */
    private Http admin;
    private LibertyServer server;
    private EventProbe events;

    @BeforeAll
    void start() throws Exception {
        Path data = LibertyServer.workDir("embedded-data");
        server = new LibertyServer(Map.of("ESP_DATA_DIR", data.toString())).withEventProbe();
        server.start();
        admin = http.as(Http.demoToken(server, "esp-admin"));
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
        HttpResponse<String> response = admin.get(server.uri("/api/organisations?kind=MUNICIPALITY&size=100"));

        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonObject> items = Http.json(response).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).hasSizeGreaterThanOrEqualTo(10);
        assertThat(items).anySatisfy(o -> {
            assertThat(o.getString("name")).isEqualTo("Ronneby kommun");
            assertThat(o.getString("organisationNumber")).isEqualTo("212000-0837");
            assertThat(o.getInt("population")).isEqualTo(29_021);
        });
        assertThat(names("/api/organisations?kind=REGION")).contains("Region Stockholm");
        assertThat(Http.json(admin.get(server.uri("/api/organisations?kind=OWNER"))).getInt("totalItems")).isOne();
        assertThat(Http.json(admin.get(server.uri("/api/organisations?role=PARTNER&kind=COMPANY")))
                .getInt("totalItems")).isOne();
    }

    @Test
    @Order(3)
    void registersAnOrganisationOverHttpAndReadsItBack() {
        HttpResponse<String> created = admin.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "5566778899", "name": "Testbolaget AB", "kind": "COMPANY",
                 "roles": ["SUPPLIER"]}""");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> read = admin.get(java.net.URI.create(location));
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
        HttpResponse<String> created = admin.postJson(server.uri("/api/organisations"), """
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
        HttpResponse<String> response = admin.postJson(server.uri("/api/organisations"), """
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
        HttpResponse<String> duplicate = admin.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "212000-0837", "name": "Ronneby igen", "kind": "MUNICIPALITY",
                 "population": 1}""");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(Http.json(duplicate).getString("code")).isEqualTo("ORGANISATION_NUMBER_TAKEN");

        String location = admin.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "559999-0016", "name": "Versionsbolaget AB", "kind": "COMPANY"}""")
                .headers().firstValue("Location").orElseThrow();
        HttpResponse<String> changed = admin.putJson(java.net.URI.create(location), """
                {"name": "Versionsbolaget i Sverige AB", "kind": "COMPANY"}""", "\"1\"");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).contains("\"2\"");
        HttpResponse<String> stale = admin.putJson(java.net.URI.create(location), """
                {"name": "Stale AB", "kind": "COMPANY"}""", "\"1\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(Http.json(admin.get(java.net.URI.create(location))).getString("name"))
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
                .contains("esp_outbox_backlog_age_seconds{").contains("esp_outbox_purged_total{");
    }

    @Test
    @Order(8)
    void refusesAnonymousCallsWith401ProblemAndABearerChallengeAndSetsSecurityHeaders() {
        HttpResponse<String> anonymous = http.get(server.uri("/api/organisations"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Http.json(anonymous).getString("code")).isEqualTo("NOT_AUTHENTICATED");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"esp\"");
        HttpResponse<String> forged = http.as(Http.demoToken(server, "esp-admin") + "x")
                .get(server.uri("/api/organisations"));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).contains("error=\"invalid_token\"", "error_description=\""));
        HttpResponse<String> lowerCaseScheme = http.get(server.uri("/api/organisations"), "Authorization",
                "bearer " + Http.demoToken(server, "esp-admin"));
        assertThat(lowerCaseScheme.statusCode()).as("the scheme is case-insensitive").isEqualTo(200);
        for (HttpResponse<String> response : List.of(anonymous, admin.get(server.uri("/api/organisations")))) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    cache -> assertThat(cache).contains("no-store"));
        }
    }

    @Test
    @Order(9)
    void aConsumerOfAnotherMunicipalityCannotReadAParticipantAndTheAttemptIsInTheAuditLog() {
        Http malmo = http.as(Http.demoToken(server, "malmo-consumer"));
        Http olofstrom = http.as(Http.demoToken(server, "olofstrom-consumer"));
        HttpResponse<String> registered = malmo.postJson(server.uri("/api/participants"), """
                {"name": "Amina Yusuf", "preferredLanguage": "ar", "email": "amina@example.org",
                 "personalIdentityNumber": "19811218-9876", "formRequiresIdentityNumber": true}""");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        java.net.URI participant = java.net.URI.create(registered.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> refused = olofstrom.get(participant);
        HttpResponse<String> byAdministrator = admin.get(participant);

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(Http.json(refused).getString("code")).isEqualTo("PARTICIPANT_NOT_FOUND");
        assertThat(refused.body()).doesNotContain("Amina");
        assertThat(byAdministrator.statusCode()).isEqualTo(403);
        HttpResponse<String> read = malmo.get(participant);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Http.json(read).getString("name")).isEqualTo("Amina Yusuf");
        assertThat(Http.json(read).getString("personalIdentityNumber")).isEqualTo("19811218-9876");
        List<JsonObject> log = Http.json(malmo.get(java.net.URI.create(participant + "/export")))
                .getJsonArray("accessLog").getValuesAs(JsonObject.class);
        assertThat(log).extracting(l -> l.getString("userId") + " " + l.getString("useCase") + " "
                + l.getString("outcome")).containsExactly(
                "demo:malmo-consumer register-participant GRANTED",
                "demo:olofstrom-consumer get-participant DENIED",
                "demo:malmo-consumer get-participant GRANTED",
                "demo:malmo-consumer export-participant GRANTED");
    }

    @Test
    @Order(10)
    void aResourcePersonRegistersThemselfAndACoordinatorOfAnotherMunicipalityVerifiesTheCompetence() {
        String malmo = organisationId("212000-1124");
        Http mina = http.as(Http.demoToken(server, "malmo-resource"));
        HttpResponse<String> created = mina.postJson(server.uri("/api/resources"), """
                {"displayName": "Mina Studiehandledare", "languages": ["ar", "sv"],
                 "employerId": "%s", "hourlyRate": "450.00",
                 "availability": {"slots": [{"day": "TUESDAY", "start": "10:00", "end": "12:00"}],
                                  "maxHoursPerWeek": 4},
                 "competences": [{"code": "study-guidance", "evidence": "Teacher's degree", "expiresOn": "2099-06-30"}]}
                """.formatted(malmo));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        java.net.URI location = java.net.URI.create(created.headers().firstValue("Location").orElseThrow());
        JsonObject resource = Http.json(mina.get(location));
        assertThat(resource.getString("status")).isEqualTo("APPLIED");
        assertThat(resource.getString("personUserId")).isEqualTo("demo:malmo-resource");
        assertThat(resource.getString("employerId")).isEqualTo(malmo);
        assertThat(resource.getJsonArray("competences").getJsonObject(0).getBoolean("countsToday")).isFalse();

        java.net.URI verification = java.net.URI.create(location + "/competences/study-guidance/verification");
        HttpResponse<String> ownEmployer = http.as(Http.demoToken(server, "malmo-coordinator"))
                .postJson(verification, "{}", "\"1\"");
        assertThat(ownEmployer.statusCode()).as(ownEmployer.body()).isEqualTo(403);
        assertThat(Http.json(ownEmployer).getString("code")).isEqualTo("REVIEW_OF_OWN_ORGANISATION");
        HttpResponse<String> verified = http.as(Http.demoToken(server, "ronneby-coordinator"))
                .postJson(verification, "{\"remark\": \"Examen kontrollerad\"}", "\"1\"");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(Http.json(mina.get(location)).getString("status")).isEqualTo("VERIFIED");

        HttpResponse<String> invalid = http.as(Http.demoToken(server, "ronneby-resource"))
                .postJson(server.uri("/api/resources"), """
                {"displayName": "Other", "languages": ["xx"], "hourlyRate": "450.00"}""");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Http.json(invalid).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("languages[0]");
    }

    @Test
    @Order(11)
    void settlesTheDemoFeeScheduleAndServesStatementsAsCsvAndInvoicesOnlyForClosedMonths() {
        HttpResponse<String> schedule = admin.get(server.uri("/api/fee-schedule"));
        assertThat(schedule.statusCode()).as(schedule.body()).isEqualTo(200);
        assertThat(Http.json(schedule).getJsonArray("rates").getJsonObject(0).getString("transactionFeePercent"))
                .isEqualTo("5");
        String partnerId = Http.json(admin.get(server.uri("/api/organisations?role=PARTNER&kind=COMPANY")))
                .getJsonArray("items").getJsonObject(0).getString("id");
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
        HttpResponse<String> agreed = admin.postJson(server.uri("/api/fee-schedule/partnerships"), """
                {"partnerId": "%s", "fee": "30000.00", "per": "MONTH", "startsOn": "%s"}"""
                .formatted(partnerId, month.atDay(1)), schedule.headers().firstValue("ETag").orElseThrow());
        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);
        HttpResponse<String> stored = admin.get(server.uri("/api/fee-schedule"));
        assertThat(stored.headers().firstValue("ETag")).as("the change is stored").contains("\"2\"");
        assertThat(Http.json(stored).getJsonArray("partnerships")).hasSize(1);

        HttpResponse<String> settled = admin.post(server.uri("/api/settlement/periods/" + month + "/runs"));
        assertThat(settled.statusCode()).as(settled.body()).isEqualTo(200);
        assertThat(Http.json(settled).getString("total")).isEqualTo("0.00");
        assertThat(Http.json(settled).getJsonObject("ownerFeeRevenue").getString("PARTNER_FEE", "none"))
                .as(settled.body()).isEqualTo("30000.00");

        String ronneby = Http.json(admin.get(server.uri("/api/organisations?kind=MUNICIPALITY&size=100")))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("Ronneby kommun")).findFirst().orElseThrow().getString("id");
        HttpResponse<String> project = admin.postJson(server.uri("/api/scaling-projects"), """
                {"ownerId": "%s", "name": "Studiehandledning – nationell skala", "budget": "800000.00"}"""
                .formatted(ronneby));
        assertThat(project.statusCode()).as(project.body()).isEqualTo(201);
        HttpResponse<String> activated = admin.putJson(java.net.URI.create(
                project.headers().firstValue("Location").orElseThrow() + "/status"),
                "{\"status\": \"ACTIVE\", \"on\": \"" + month.atDay(1) + "\"}", "\"1\"");
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
        HttpResponse<String> again = admin.post(server.uri("/api/settlement/periods/" + month + "/runs"));
        assertThat(again.headers().firstValue("ETag")).contains("\"2\"");
        assertThat(Http.json(again).getJsonArray("runs")).hasSize(2);
        assertThat(Http.json(again).getJsonObject("ownerFeeRevenue").getString("SCALING_PROJECT_FEE", "none"))
                .as(again.body()).isEqualTo("80000.00");
        assertThat(Http.json(again).getString("total")).isEqualTo("0.00");

        java.net.URI statement = server.uri("/api/settlement/periods/" + month + "/statements/" + partnerId
                + "/statement.csv?dialect=swedish");
        HttpResponse<String> csv = http.as(Http.demoToken(server, "partner-supplier")).get(statement);
        assertThat(csv.statusCode()).as("the partner's own staff: " + csv.body()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFperiod;organisationNumber;organisation;kind;amount;")
                .contains(";PARTNER_FEE;-30000,00;");
        assertThat(admin.get(statement).body()).isEqualTo(csv.body());
        HttpResponse<String> anotherOrganisation = http.as(Http.demoToken(server, "olofstrom-consumer"))
                .get(statement);
        assertThat(anotherOrganisation.statusCode()).isEqualTo(403);
        assertThat(Http.json(anotherOrganisation).getString("code")).isEqualTo("ACCESS_DENIED");
        HttpResponse<String> invoice = admin.get(server.uri("/api/settlement/periods/" + month + "/statements/"
                + partnerId + "/invoice.xml"));
        assertThat(invoice.statusCode()).isEqualTo(409);
        assertThat(Http.json(invoice).getString("code")).isEqualTo("SETTLEMENT_PERIOD_OPEN");
        assertThat(http.get(server.uri("/openapi")).body()).contains("/api/settlement/periods");
    }

    @Test
    @Order(12)
    void refusesABodyOverTheSizeLimitWith413Problem() throws java.io.IOException {
        // Over a raw socket, headers only: a client still writing the body when the server answers 413 and closes
        // the connection may lose the answer to a reset (a race that failed the build). A body declared too large
        // is refused before any of it is read, so none is sent.
        java.net.URI uri = server.uri("/api/organisations");
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /api/organisations HTTP/1.1\r\nHost: " + uri.getHost() + ":"
                    + uri.getPort() + "\r\nAuthorization: Bearer " + Http.demoToken(server, "esp-admin")
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + (300 * 1024)
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // read until the answer's code has arrived (or the server closed): the server need not close at once
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = socket.getInputStream().read(buffer); n >= 0; n = socket.getInputStream().read(buffer)) {
                received.write(buffer, 0, n);
                if (received.toString(java.nio.charset.StandardCharsets.UTF_8).contains("PAYLOAD_TOO_LARGE")) {
                    break;
                }
            }
            String answer = received.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("PAYLOAD_TOO_LARGE");
        }
    }

    @Test
    @Order(13)
    void theConsoleSignsInWithAFormAndRefusesAFormPostedWithoutItsViewState() {
        ConsoleHttp browser = new ConsoleHttp();
        HttpResponse<String> unsigned = browser.get(server.uri("/console/organisations.xhtml"));
        assertThat(unsigned.uri().getPath()).isEqualTo("/login.xhtml");
        assertThat(unsigned.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(unsigned.headers().allValues("Content-Security-Policy")).as("one coherent policy").singleElement()
                .satisfies(csp -> assertThat(csp).contains("frame-ancestors 'none'", "script-src 'self' 'nonce-"
                        + ConsoleHttp.nonce(unsigned) + "'").doesNotContain("unsafe-inline", "unsafe-eval"));

        HttpResponse<String> wrong = browser.post(server.uri("/login.xhtml"), signIn(unsigned, "not-demo"));
        assertThat(wrong.body()).contains("Fel användarnamn eller lösenord.");
        HttpResponse<String> console = browser.post(server.uri("/login.xhtml"), signIn(wrong, "demo"));
        assertThat(console.uri().getPath()).startsWith("/console/");
        assertThat(console.body()).contains("Ada Administratör").contains("eSP Nationell plattform")
                .contains("id=\"nav-organisations\"");

        HttpResponse<String> page = browser.get(server.uri("/console/organisations.xhtml"));
        assertThat(page.body()).contains("Ronneby kommun");
        java.util.Map<String, String> forged = registration("Förfalskat AB", "559999-0024");
        forged.put("jakarta.faces.ViewState", "MzNiMDY5Nzc4ZjA3YzQ0YzAwMDAwMDAx");
        browser.post(server.uri("/console/organisations.xhtml"), forged);
        browser.post(server.uri("/console/organisations.xhtml"), registration("Förfalskat AB", "559999-0024"));
        assertThat(browser.get(server.uri("/console/organisations.xhtml")).body()).doesNotContain("Förfalskat AB");

        java.util.Map<String, String> registration = registration("Konsolbolaget AB", "559999-0024");
        registration.putAll(ConsoleHttp.from(page));
        HttpResponse<String> registered = browser.post(server.uri("/console/organisations.xhtml"), registration);
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(registered.body()).contains("<partial-response").contains("Konsolbolaget AB är registrerad.");
        assertThat(browser.get(server.uri("/console/organisations.xhtml")).body()).contains("Konsolbolaget AB");
    }

    private static java.util.Map<String, String> signIn(HttpResponse<String> page, String password) {
        java.util.Map<String, String> form = ConsoleHttp.form("login:username", "esp-admin",
                "login:password", password, "login:signIn", "", "login_SUBMIT", "1");
        form.putAll(ConsoleHttp.from(page));
        return form;
    }

    /** What the organisations page's dialog posts (Ajax) when an organisation is registered. */
    private static java.util.Map<String, String> registration(String name, String number) {
        return ConsoleHttp.form("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "edit:saveButton",
                "jakarta.faces.partial.execute", "edit", "jakarta.faces.partial.render", "edit directory:organisations",
                "edit:saveButton", "edit:saveButton", "edit_SUBMIT", "1", "edit:organisationNumber", number,
                "edit:name", name, "edit:kind", "COMPANY", "edit:population", "", "edit:participationLevel", "");
    }

    @Test
    @Order(14)
    void keepsItsDataAcrossARestartAndDoesNotLoadDemoDataTwice() {
        long before = Http.json(admin.get(server.uri("/api/organisations"))).getJsonNumber("totalItems").longValue();
        String location = admin.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "802999-0010", "name": "Omstartsföreningen", "kind": "ASSOCIATION"}""")
                .headers().firstValue("Location").orElseThrow();
        String path = java.net.URI.create(location).getPath();

        server.stop();
        server.start();
        admin = http.as(Http.demoToken(server, "esp-admin")); // the demo signing key is new after a restart

        HttpResponse<String> read = admin.get(server.uri(path));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Http.json(read).getString("name")).isEqualTo("Omstartsföreningen");
        assertThat(Http.json(admin.get(server.uri("/api/organisations"))).getJsonNumber("totalItems").longValue())
                .isEqualTo(before + 1);
    }

    private String organisationId(String organisationNumber) {
        return Http.json(admin.get(server.uri("/api/organisations?size=200"))).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("organisationNumber").equals(organisationNumber))
                .map(o -> o.getString("id")).findFirst().orElseThrow();
    }

    private List<String> names(String path) {
        return Http.json(admin.get(server.uri(path))).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("name")).toList();
    }
}

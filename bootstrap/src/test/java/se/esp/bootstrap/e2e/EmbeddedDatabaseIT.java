package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
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

    @BeforeAll
    void start() throws Exception {
        Path data = LibertyServer.workDir("embedded-data");
        server = new LibertyServer(Map.of("ESP_DATA_DIR", data.toString()));
        server.start();
        admin = http.as(Http.demoToken(server, "esp-admin"));
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
    @Order(5)
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
    @Order(6)
    void servesTheOpenApiDocumentItsUiAndPrometheusMetrics() {
        HttpResponse<String> document = http.get(server.uri("/openapi"));
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/api/organisations");
        assertThat(http.get(server.uri("/openapi/ui/")).statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = http.get(server.uri("/metrics"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
    }

    @Test
    @Order(7)
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
    @Order(8)
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
    @Order(9)
    void refusesABodyOverTheSizeLimitWith413Problem() {
        HttpResponse<String> response = admin.postJson(server.uri("/api/organisations"),
                "{\"name\": \"" + "x".repeat(300 * 1024) + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Http.json(response).getString("code")).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    @Order(10)
    void theConsoleSignsInWithAFormAndRefusesAFormPostedWithoutItsViewState() {
        ConsoleBrowser browser = new ConsoleBrowser();
        HttpResponse<String> unsigned = browser.get(server.uri("/console/organisations.xhtml"));
        assertThat(unsigned.uri().getPath()).isEqualTo("/login.xhtml");
        assertThat(unsigned.headers().firstValue("X-Frame-Options")).contains("DENY");

        HttpResponse<String> wrong = browser.post(server.uri("/login.xhtml"), ConsoleBrowser.form(
                "login:username", "esp-admin", "login:password", "not-demo", "login:signIn", "x",
                "login_SUBMIT", "1", "jakarta.faces.ViewState", ConsoleBrowser.viewState(unsigned)));
        assertThat(wrong.body()).contains("Wrong user name or password");
        HttpResponse<String> console = browser.post(server.uri("/login.xhtml"), ConsoleBrowser.form(
                "login:username", "esp-admin", "login:password", "demo", "login:signIn", "x",
                "login_SUBMIT", "1", "jakarta.faces.ViewState", ConsoleBrowser.viewState(wrong)));
        assertThat(console.uri().getPath()).isEqualTo("/console/organisations.xhtml");
        assertThat(console.body()).contains("Ada Administratör").contains("Ronneby kommun");

        browser.post(server.uri("/console/organisations.xhtml"), registration("Förfalskat AB", "559999-0024",
                "MzNiMDY5Nzc4ZjA3YzQ0YzAwMDAwMDAx"));
        browser.post(server.uri("/console/organisations.xhtml"), registration("Förfalskat AB", "559999-0024", null));
        assertThat(browser.get(server.uri("/console/organisations.xhtml")).body()).doesNotContain("Förfalskat AB");

        HttpResponse<String> registered = browser.post(server.uri("/console/organisations.xhtml"),
                registration("Konsolbolaget AB", "559999-0024", ConsoleBrowser.viewState(console)));
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(registered.body()).contains("Konsolbolaget AB");
    }

    private static java.util.Map<String, String> registration(String name, String number, String viewState) {
        java.util.Map<String, String> form = ConsoleBrowser.form("register:organisationNumber", number,
                "register:name", name, "register:kind", "COMPANY", "register:population", "", "register:roles", "",
                "register:registerButton", "x", "register_SUBMIT", "1");
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        return form;
    }

    @Test
    @Order(11)
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

    private List<String> names(String path) {
        return Http.json(admin.get(server.uri(path))).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("name")).toList();
    }
}

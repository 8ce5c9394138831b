package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import se.esp.adapter.web.testing.HsdsSchemas;

/**
 * Packagings, offerings and the catalogue on the running server with the demo data, each step signed in as the
 * demo user whose work it is: a case officer searches, supplier staff package and publish, a coordinator of
 * another organisation reviews, the platform administrator suspends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogueIT {

    private static final String VALID = """
            {"titles": {"sv": "Testpaket", "en": "Test package"}, "descriptions": {"sv": "T", "en": "T"},
             "phase": "PREPARATORY", "serviceArea": "STUDY_GUIDANCE", "targetGroups": ["NEWLY_ARRIVED"],
             "deliveryMode": "DIGITAL", "deliveryLanguages": ["ar"],
             "components": [{"kind": "GROUP_SESSION", "count": 10, "durationMinutes": 60, "setting": "ONLINE"}],
             "groupSize": {"min": 4, "max": 12}, "costModel": {"hourlyRate": 450},
             "pricePerParticipant": 1200.00}""";

    private static final String ALL_CRITERIA_PASSED = """
            {"assessments": [{"criterion": "goal-stated", "passed": true},
                             {"criterion": "target-group-described", "passed": true},
                             {"criterion": "method-and-pedagogy", "passed": true},
                             {"criterion": "accessibility", "passed": true},
                             {"criterion": "personal-data-handling", "passed": true},
                             {"criterion": "price-justified", "passed": true},
                             {"criterion": "competence-requirement-defined", "passed": true}]}""";

    private final Http http = new Http();
    private LibertyServer server;
    /** A case officer of Olofström, searching the catalogue. */
    private Http consumer;
    /** Supplier staff of Ronneby, whose demo packagings include study guidance in Arabic. */
    private Http ronneby;
    private Http admin;

    @BeforeAll
    void start() throws Exception {
        Path data = LibertyServer.workDir("catalogue-data");
        server = new LibertyServer(Map.of("ESP_DATA_DIR", data.toString()));
        server.start();
        consumer = http.as(Http.demoToken(server, "olofstrom-consumer"));
        ronneby = http.as(Http.demoToken(server, "ronneby-supplier"));
        admin = http.as(Http.demoToken(server, "esp-admin"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void searchesTheDemoCatalogueInEveryLanguageWithFacetCounts() {
        JsonObject all = Http.json(consumer.get(server.uri("/api/catalogue?size=50")));
        assertThat(all.getInt("totalItems")).isEqualTo(5);
        List<JsonObject> languages = all.getJsonObject("facets").getJsonArray("language")
                .getValuesAs(JsonObject.class);
        assertThat(languages).anySatisfy(f -> {
            assertThat(f.getString("value")).isEqualTo("ar");
            assertThat(f.getInt("count")).isEqualTo(3);
        });

        JsonObject arabic = Http.json(consumer.get(server.uri("/api/catalogue?q="
                + URLEncoder.encode("التوجيه", StandardCharsets.UTF_8))));
        assertThat(arabic.getInt("totalItems")).isOne();
        assertThat(arabic.getJsonArray("items").getJsonObject(0).getJsonObject("titles").getString("sv"))
                .isEqualTo("Studievägledning online på arabiska");

        JsonObject filtered = Http.json(consumer.get(server.uri("/api/catalogue?phase=PREPARATORY&language=so,ar"
                + "&sort=PRICE_ASCENDING")));
        assertThat(filtered.getInt("totalItems")).isEqualTo(3);
        assertThat(filtered.getJsonObject("facets").getJsonArray("phase").getValuesAs(JsonObject.class))
                .anySatisfy(f -> {
                    assertThat(f.getString("value")).isEqualTo("ESTABLISHMENT");
                    assertThat(f.getInt("count")).isOne();
                });
    }

    @Test
    @Order(2)
    void answersTheCostingQueryForADemoPackagingToTheOre() {
        JsonObject published = Http.json(ronneby.get(server.uri("/api/packagings?status=PUBLISHED&size=50")));
        String id = published.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonObject("titles").getString("sv").equals("Studievägledning online på arabiska"))
                .findFirst().orElseThrow().getString("id");

        HttpResponse<String> costing = ronneby.get(server.uri("/api/packagings/" + id + "/costing?groupSize=8"));

        assertThat(costing.statusCode()).as(costing.body()).isEqualTo(200);
        JsonObject digital = Http.json(costing).getJsonObject("digital");
        // 10 × 1.5 h + 2 × 1 h = 17 h × 450.00 = 7 650.00, + 300.00 + 1 200.00
        assertThat(digital.getString("costPerDelivery")).isEqualTo("9150.00");
        // 9 150.00 / (8 × 0.95) = 1 203.947… → 1 203.95
        assertThat(digital.getString("coveringPricePerParticipant")).isEqualTo("1203.95");
        assertThat(digital.getJsonObject("sale").getString("transactionFee")).isEqualTo("480.00");
        assertThat(digital.getInt("breakEvenGroupSize")).isEqualTo(9);
        HttpResponse<String> anotherSupplier = http.as(Http.demoToken(server, "malmo-supplier"))
                .get(server.uri("/api/packagings/" + id + "/costing?groupSize=8"));
        assertThat(anotherSupplier.statusCode()).as("Malmö's staff do not cost Ronneby's packaging").isEqualTo(403);
    }

    @Test
    @Order(3)
    void refusesBadInputNamingTheFieldAndStoresNothing() {
        long before = total("/api/packagings");

        assertRefused(VALID.replace("\"PREPARATORY\"", "\"SOMEDAY\""), "phase", "UNKNOWN_VALUE");
        assertRefused(VALID.replace("\"durationMinutes\": 60", "\"durationMinutes\": 0"),
                "components[0].durationMinutes", "OUT_OF_RANGE");
        assertRefused(VALID.replace("{\"min\": 4, \"max\": 12}", "{\"min\": 12, \"max\": 4}"), "groupSize.min",
                "OUT_OF_RANGE");
        assertRefused(VALID.replace("1200.00", "1200.001"), "pricePerParticipant", "INVALID_FORMAT");
        assertRefused(VALID.replace("1200.00", "-1200.00"), "pricePerParticipant", "OUT_OF_RANGE");
        assertRefused(VALID.replace("\"max\": 12}", "\"max\": 12, \"ideal\": 8}"), "groupSize.ideal", "NOT_ALLOWED");
        HttpResponse<String> notSupplierStaff = admin.postJson(server.uri("/api/packagings"), VALID);
        assertThat(notSupplierStaff.statusCode()).isEqualTo(403);
        assertThat(Http.json(notSupplierStaff).getString("code")).isEqualTo("ACCESS_DENIED");

        assertThat(total("/api/packagings")).isEqualTo(before);
        String document = http.get(server.uri("/openapi")).body();
        assertThat(document).as("the packaging body is described, not a string")
                .contains("#/components/schemas/PackagingContent", "#/components/schemas/PackagingComponentInput",
                        "#/components/schemas/PackagingCosting", "#/components/schemas/CataloguePage");
    }

    @Test
    @Order(4)
    void supplierStaffPackageAndPublishAfterACoordinatorOfAnotherMunicipalityApproves() {
        HttpResponse<String> created = ronneby.postJson(server.uri("/api/packagings"),
                VALID.replace("Testpaket", "Samhällsorientering på tigrinska"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        java.net.URI packaging = java.net.URI.create(created.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> othersEdit = http.as(Http.demoToken(server, "malmo-supplier")).putJson(packaging,
                VALID, "\"1\"");
        assertThat(othersEdit.statusCode()).as("another supplier's staff").isEqualTo(403);

        HttpResponse<String> submitted = ronneby.post(server.uri(packaging.getPath() + "/submission"), "\"1\"");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        String version = submitted.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> ownCoordinator = http.as(Http.demoToken(server, "ronneby-coordinator"))
                .post(server.uri(packaging.getPath() + "/review"), version);
        assertThat(ownCoordinator.statusCode()).isEqualTo(403);
        assertThat(Http.json(ownCoordinator).getString("code")).isEqualTo("REVIEW_OF_OWN_ORGANISATION");
        Http malmoCoordinator = http.as(Http.demoToken(server, "malmo-coordinator"));
        HttpResponse<String> inReview = malmoCoordinator.post(server.uri(packaging.getPath() + "/review"), version);
        assertThat(inReview.statusCode()).as(inReview.body()).isEqualTo(200);
        HttpResponse<String> approved = malmoCoordinator.postJson(server.uri(packaging.getPath() + "/verdict"),
                ALL_CRITERIA_PASSED, inReview.headers().firstValue("ETag").orElseThrow());
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(Http.json(approved).getString("status")).isEqualTo("APPROVED");

        HttpResponse<String> published = ronneby.post(server.uri(packaging.getPath() + "/publication"),
                approved.headers().firstValue("ETag").orElseThrow());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        String versionId = Http.json(published).getString("offeringVersionId");
        JsonObject found = Http.json(consumer.get(server.uri("/api/catalogue?q=tigrinska")));
        assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(hit -> assertThat(hit.getString("versionId")).isEqualTo(versionId));
    }

    @Test
    @Order(5)
    void aSuspendedOfferingLeavesTheCatalogueButItsVersionStaysReadable() {
        JsonObject hit = Http.json(consumer.get(server.uri("/api/catalogue?q=somaliska"))).getJsonArray("items")
                .getJsonObject(0);
        String offering = "/api/offerings/" + hit.getString("offeringId");
        String etag = consumer.get(server.uri(offering)).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> suspended = admin.postJson(server.uri(offering + "/suspension"),
                "{\"reason\": \"Inga studievägledare denna termin\"}", etag);

        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
        assertThat(Http.json(suspended).getString("status")).isEqualTo("SUSPENDED");
        assertThat(Http.json(consumer.get(server.uri("/api/catalogue?q=somaliska"))).getInt("totalItems")).isZero();
        HttpResponse<String> version = consumer.get(server.uri("/api/offering-versions/" + hit.getString("versionId")));
        assertThat(version.statusCode()).isEqualTo(200);
        assertThat(Http.json(version).getString("offeringStatus")).isEqualTo("SUSPENDED");
        assertThat(Http.json(version).getJsonObject("titles").getString("so")).startsWith("Hagitaanka");
        assertThat(Http.json(consumer.get(server.uri("/api/review-checklist"))).getJsonArray("criteria")).hasSize(7);
    }

    @Test
    @Order(6)
    void theCatalogueReadsAsHsdsServicesAndOrganizationsThatMeetTheOfficialSchemas() {
        long onOffer = Http.json(consumer.get(server.uri("/api/catalogue?size=1"))).getJsonNumber("totalItems")
                .longValue();
        HttpResponse<String> services = consumer.get(server.uri("/api/hsds/services?per_page=200"));
        assertThat(services.statusCode()).as(services.body()).isEqualTo(200);
        assertThat(HsdsSchemas.servicePageErrors(services.body())).isEmpty();
        JsonObject page = Http.json(services);
        assertThat(page.getJsonNumber("total_items").longValue()).isEqualTo(onOffer);
        assertThat(page.getInt("page_number")).isEqualTo(1);
        List<JsonObject> contents = page.getJsonArray("contents").getValuesAs(JsonObject.class);
        assertThat(contents).extracting(s -> s.getString("name")).contains("Studievägledning online på arabiska")
                .doesNotContain("Studievägledning online på somaliska"); // suspended in step 5
        for (JsonObject listed : contents) {
            HttpResponse<String> service = consumer.get(server.uri("/api/hsds/services/" + listed.getString("id")));
            assertThat(service.statusCode()).as(service.body()).isEqualTo(200);
            assertThat(HsdsSchemas.serviceErrors(service.body())).as(listed.getString("name")).isEmpty();
            assertThat(Http.json(service).getJsonArray("cost_options").getJsonObject(0).getString("currency"))
                    .isEqualTo("SEK");
        }

        HttpResponse<String> organizations = consumer.get(server.uri("/api/hsds/organizations"));
        assertThat(HsdsSchemas.organizationPageErrors(organizations.body())).isEmpty();
        JsonObject ronnebyOrganization = Http.json(organizations).getJsonArray("contents")
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("name").equals("Ronneby kommun"))
                .findFirst().orElseThrow();
        HttpResponse<String> organization = consumer.get(server.uri("/api/hsds/organizations/"
                + ronnebyOrganization.getString("id")));
        assertThat(HsdsSchemas.organizationErrors(organization.body())).isEmpty();
        assertThat(Http.json(organization).getJsonArray("services")).isNotEmpty();

        HttpResponse<String> badPage = consumer.get(server.uri("/api/hsds/services?page=0"));
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(badPage.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(http.get(server.uri("/api/hsds/services")).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(7)
    void everyHitCarriesItsCapacityPerLanguageAndCanStartWithinNarrowsTheHits() {
        JsonObject all = Http.json(consumer.get(server.uri("/api/catalogue?size=50")));
        for (JsonObject hit : all.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertThat(hit.getJsonArray("capacity").getValuesAs(JsonObject.class))
                    .extracting(c -> c.getString("language"))
                    .containsExactlyElementsOf(hit.getJsonArray("deliveryLanguages").getValuesAs(
                            jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        }
        HttpResponse<String> withinAYear = consumer.get(server.uri("/api/catalogue?size=50&startWithinDays=365"));
        assertThat(withinAYear.statusCode()).as(withinAYear.body()).isEqualTo(200);
        List<JsonObject> starting = Http.json(withinAYear).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(starting.size()).isLessThanOrEqualTo(all.getInt("totalItems"));
        for (JsonObject hit : starting) {
            assertThat(hit.getJsonArray("capacity").getValuesAs(JsonObject.class))
                    .as("a hit that can start has a next start in some language")
                    .anySatisfy(c -> assertThat(c.isNull("nextStart")).isFalse());
        }
        HttpResponse<String> tooFar = consumer.get(server.uri("/api/catalogue?startWithinDays=366"));
        assertThat(tooFar.statusCode()).isEqualTo(400);
    }

    private void assertRefused(String body, String field, String code) {
        HttpResponse<String> response = ronneby.postJson(server.uri("/api/packagings"), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject error = Http.json(response).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo(field);
        assertThat(error.getString("code")).isEqualTo(code);
    }

    private long total(String path) {
        return Http.json(admin.get(server.uri(path))).getJsonNumber("totalItems").longValue();
    }

}

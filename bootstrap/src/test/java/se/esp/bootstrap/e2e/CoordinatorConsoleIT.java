package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.esp.bootstrap.e2e.browser.ConsoleDriver;

/**
 * A coordinator's work in the console, in headless Chromium on one demo server: Ronneby's coordinator takes up
 * Malmö's revised civic orientation from the review queue, fails accessibility with a remark and returns it; Malmö's
 * supplier staff revise it and resubmit through the API; the coordinator sees what changed since the returned draft
 * and since the version on offer, and approves; then verifies a competence a resource person declared through the
 * API. Each step is asserted on what the page shows, in Swedish; every page visited is checked by axe-core.
 */
class CoordinatorConsoleIT {

    private static final String TITLE = "Samhällsorientering online";
    private static final String EVIDENCE = "Samhällskommunikatörsutbildning, Länsstyrelsen 2025 (demo)";
    private static final String SOON_EVIDENCE = "Studievägledarexamen, intyg som löper ut snart (demo)";
    private static final java.time.LocalDate SOON = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30);

    private static LibertyServer server;

    @RegisterExtension
    static final ConsoleDriver console = new ConsoleDriver(() -> server.uri("/"));

    @BeforeAll
    static void start() throws Exception {
        Path data = LibertyServer.workDir("coordinator-console-data");
        server = new LibertyServer(Map.of("ESP_DATA_DIR", data.toString()));
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aCoordinatorReturnsAPackagingSeesWhatTheSupplierChangedApprovesItAndVerifiesACompetence() {
        Http supplier = new Http().as(Http.demoToken(server, "malmo-supplier"));
        String id = submittedPackaging(supplier);

        console.signInAs("ronneby-coordinator");
        assertThat(console.path()).isEqualTo("/console/review-queue.xhtml");
        assertThat(console.text("queue")).as("another organisation's submitted packaging waits in the queue")
                .contains(TITLE).contains("Malmö stad").contains("Inskickad");
        console.click(linkTo(TITLE));
        assertThat(console.path()).isEqualTo("/console/review.xhtml");
        assertThat(console.text("packagingHeading")).isEqualTo(TITLE);
        assertThat(console.text("status")).isEqualTo("Inskickad");
        assertThat(console.text("groupSize")).isEqualTo("8–20 deltagare");
        assertThat(console.text("costing")).contains("Kostnad per leverans").contains("kr");
        assertThat(console.text("changes")).as("a revision of a published packaging: what it changes on offer")
                .contains("Jämfört med version 1 i utbudet").contains("Leveransspråk").contains("tigrinja")
                .contains("Pris per deltagare 2 900,00 kr 2 700,00 kr");

        says("takeUp:startButton", "Granskningen är påbörjad.");
        assertThat(console.text("status")).isEqualTo("Under granskning");
        int accessibility = criterionRow("Tillgänglighet");
        console.click("verdict:criteria:" + accessibility + ":passed");
        console.type("verdict:criteria:" + accessibility + ":remark", "Beskriv textning av inspelat material.");
        says("verdict:returnButton", "Paketeringen är återsänd till leverantören med anmärkningarna.");
        assertThat(console.text("status")).isEqualTo("Återsänd");

        reviseAndResubmit(supplier, id);

        console.open("/console/review.xhtml?id=" + id);
        assertThat(console.text("status")).isEqualTo("Inskickad");
        String changes = console.text("changes");
        assertThat(changes).contains("Sedan utkast 2 återsändes")
                .contains("Tillgänglighet: Beskriv textning av inspelat material.")
                .contains("Största gruppstorlek 20 16")
                .contains("Pris per deltagare").contains("1 234,50 kr");
        console.click("takeUp:startButton");
        says("verdict:approveButton", "Paketeringen är godkänd.");
        assertThat(console.text("status")).isEqualTo("Godkänd");

        console.click("language:en");
        shows("pageHeading", "Review");
        assertThat(console.text("packagingHeading")).as("the English title where the packaging has one")
                .isEqualTo("Civic orientation online");
        assertThat(console.text("status")).isEqualTo("Approved");
        assertThat(console.text("changes")).contains("Since draft 2 was returned")
                .contains("Largest group 20 16").contains("SEK 1,234.50").contains("Compared with version 1 on offer");
        console.click("language:sv");
        shows("pageHeading", "Granskning");
        assertThat(console.text("status")).isEqualTo("Godkänd");

        String resourceId = declaredCompetence();
        console.click("nav-verificationQueue");
        assertThat(console.path()).isEqualTo("/console/verification-queue.xhtml");
        int row = pendingRow(EVIDENCE);
        assertThat(console.text("pendingForm:pending")).contains("Camilla Samhällskommunikatör").contains(EVIDENCE);
        console.type("pendingForm:pending:" + row + ":remark", "Intyget kontrollerat.");
        says("pendingForm:pending:" + row + ":verifyButton",
                "Kompetensen civic-communicator hos Camilla Samhällskommunikatör är verifierad.");
        assertThat(console.pageText()).doesNotContain(EVIDENCE);

        int second = pendingRow(SOON_EVIDENCE);
        says("pendingForm:pending:" + second + ":verifyButton",
                "Kompetensen study-guidance hos Camilla Samhällskommunikatör är verifierad.");
        int expiring = expiringRow("study-guidance");
        assertThat(console.text("expiringForm:expiring")).contains(SOON.toString());
        console.type("expiringForm:expiring:" + expiring + ":remark", "Utreds efter klagomål.");
        says("expiringForm:expiring:" + expiring + ":suspendButton",
                "Camilla Samhällskommunikatör är avstängd från matchning.");
        expiring = expiringRow("study-guidance");
        assertThat(console.text("expiringForm:expiring")).as("the row says so and offers reinstatement")
                .contains("(Avstängd)");
        assertThat(console.has("expiringForm:expiring:" + expiring + ":reinstateButton")).isTrue();
        console.type("expiringForm:expiring:" + expiring + ":remark", "Klagomålet var ogrundat.");
        says("expiringForm:expiring:" + expiring + ":reinstateButton",
                "Camilla Samhällskommunikatör är återaktiverad.");

        HttpResponse<String> resource = new Http().as(Http.demoToken(server, "ronneby-coordinator"))
                .get(server.uri("/api/resources/" + resourceId));
        assertThat(Http.json(resource).getJsonArray("competences").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("status")).containsOnly("VERIFIED");
        assertThat(Http.json(resource).getString("status")).isNotEqualTo("SUSPENDED");
        assertThat(console.violations()).filteredOn(v -> v.fails()).isEmpty();
    }

    /** Malmö's revised civic orientation, submitted by the demo data. */
    private static String submittedPackaging(Http supplier) {
        HttpResponse<String> page = supplier.get(server.uri("/api/packagings?status=SUBMITTED&size=200"));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Http.json(page).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> TITLE.equals(p.getJsonObject("titles").getString("sv"))).findFirst()
                .orElseThrow(() -> new AssertionError("the demo data has no submitted " + TITLE)).getString("id");
    }

    /** The supplier changes the largest group and the price, and submits again. */
    private static void reviseAndResubmit(Http supplier, String id) {
        URI uri = server.uri("/api/packagings/" + id);
        JsonObject read = Http.json(supplier.get(uri));
        JsonObject revised = Json.createObjectBuilder(read)
                .add("groupSize", Json.createObjectBuilder().add("min", 8).add("max", 16))
                .add("pricePerParticipant", "1234.50").build();
        HttpResponse<String> edited = supplier.putJson(uri, revised.toString(),
                "\"" + read.getJsonNumber("version") + "\"");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        HttpResponse<String> submitted = supplier.post(server.uri("/api/packagings/" + id + "/submission"),
                "\"" + Http.json(edited).getJsonNumber("version") + "\"");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    }

    /** An independent resource person registers with one competence, pending until a coordinator decides. */
    private static String declaredCompetence() {
        HttpResponse<String> created = new Http().as(Http.demoToken(server, "malmo-resource"))
                .postJson(server.uri("/api/resources"), """
                        {"displayName": "Camilla Samhällskommunikatör", "languages": ["ar", "sv"],
                         "hourlyRate": "450.00",
                         "availability": {"slots": [{"day": "TUESDAY", "start": "10:00", "end": "12:00"}],
                                          "maxHoursPerWeek": 4},
                         "competences": [{"code": "civic-communicator", "evidence": "%s",
                                          "expiresOn": "2099-06-30"},
                                         {"code": "study-guidance", "evidence": "%s", "expiresOn": "%s"}]}
                        """.formatted(EVIDENCE, SOON_EVIDENCE, SOON));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).getString("id");
    }

    /**
     * Clicks and waits until the page's messages say {@code message}: a post answered with the same page can leave
     * the old page showing for a moment after the click returns. The new page is then checked like any other.
     */
    private static void says(String id, String message) {
        console.click(id);
        new org.openqa.selenium.support.ui.WebDriverWait(console.webDriver(), java.time.Duration.ofSeconds(20))
                .until(driver -> console.messages().contains(message));
        console.checkPage("says-" + id);
    }

    /**
     * Waits until the element shows the text: switching the language posts and then redirects, and the click may
     * return while the old page is still shown. The new page is then checked like any other.
     */
    private static void shows(String id, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(console.webDriver(), java.time.Duration.ofSeconds(20))
                .until(driver -> driver.findElements(org.openqa.selenium.By.id(id)).stream()
                        .anyMatch(element -> element.getText().equals(text)));
        console.checkPage("language-" + text);
    }

    private static String linkTo(String title) {
        for (int i = 0; console.has("queue:" + i + ":open"); i++) {
            if (console.text("queue:" + i + ":open").equals(title)) {
                return "queue:" + i + ":open";
            }
        }
        throw new AssertionError("no link to " + title + " in the queue: " + console.text("queue"));
    }

    private static int criterionRow(String label) {
        for (int i = 0; console.has("verdict:criteria:" + i + ":passed"); i++) {
            if (console.webDriver().findElement(org.openqa.selenium.By.cssSelector(
                    "label[for='verdict:criteria:" + i + ":passed']")).getText().equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no criterion " + label);
    }

    private static int expiringRow(String competence) {
        for (int i = 0; console.has("expiringForm:expiring:" + i + ":remark"); i++) {
            String row = console.webDriver().findElement(org.openqa.selenium.By.id("expiringForm:expiring:" + i
                    + ":remark")).findElement(org.openqa.selenium.By.xpath("ancestor::tr")).getText();
            if (row.contains("Camilla Samhällskommunikatör") && row.contains(competence)) {
                return i;
            }
        }
        throw new AssertionError("no expiring " + competence + ": " + console.pageText());
    }

    private static int pendingRow(String evidence) {
        for (int i = 0; console.has("pendingForm:pending:" + i + ":remark"); i++) {
            String row = console.webDriver().findElement(org.openqa.selenium.By.id("pendingForm:pending:" + i
                    + ":remark")).findElement(org.openqa.selenium.By.xpath("ancestor::tr")).getText();
            if (row.contains(evidence)) {
                return i;
            }
        }
        throw new AssertionError("no pending competence with " + evidence + ": " + console.pageText());
    }
}

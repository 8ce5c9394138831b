package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.esp.bootstrap.e2e.browser.Chromium;
import se.esp.bootstrap.e2e.browser.ConsoleDriver;
import se.esp.bootstrap.e2e.steps.ConsumerConsole;

/**
 * A case officer's work in the console, in headless Chromium on one demo server: Olofström's case officer searches
 * the catalogue (the facet counts the same as the API's), reads Ronneby's study guidance in Arabic in Swedish and in
 * English, is refused a child outside its age range — the reason next to the identity number, nothing stored —,
 * applies for two participants, who join the demo's co-delivery, sees the delivery and Olofström's share of its cost,
 * confirms and then cancels, finds the application among the cancelled ones and reads the statistics. Viewing the
 * application is in the personal-data audit log like the API's reads. Every page visited is checked by axe-core.
 */
class ConsumerConsoleIT {

    private static final String TITLE = "Studievägledning online på arabiska";
    private static final String CASE_OFFICER = "olofstrom-consumer";
    /** A laptop's window, wider than the tests' usual one. */
    private static final int WIDE_WINDOW = 1400;

    private static LibertyServer server;

    @RegisterExtension
    static final ConsoleDriver console = new ConsoleDriver(() -> server.uri("/"));

    private final ConsumerConsole steps = new ConsumerConsole(console);

    @BeforeAll
    static void start() throws Exception {
        Path data = LibertyServer.workDir("consumer-console-data");
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
    void aCaseOfficerSearchesIsRefusedForAChildAppliesConfirmsCancelsAndFollowsTheCosts() {
        Http api = new Http().as(Http.demoToken(server, CASE_OFFICER));
        console.signInAs(CASE_OFFICER);
        assertThat(console.path()).as("the case officer's first section").isEqualTo("/console/catalogue.xhtml");

        catalogueCountsAsTheApiDoes(api);
        catalogueTableFitsItsPage();
        offeringInSwedishAndEnglish();
        childOutsideTheAgeRangeIsRefusedAndNothingStored(api);

        String id = steps.findAndApply("studievägledning", TITLE, List.of(
                new ConsumerConsole.Participant("Testdeltagare Olofström Tre", "19940312-0109",
                        Map.of("previousEducation", "Gymnasium", "goal", "studies", "needsComputer", "true")),
                new ConsumerConsole.Participant("Testdeltagare Olofström Fyra", "19970805-0100",
                        Map.of("previousEducation", "Grundskola", "goal", "work"))));
        String delivery = steps.deliveryOf(id);
        assertThat(delivery).as("the two join the demo's co-delivery of Olofström and Borlänge")
                .isEqualTo(demoDeliveryOfOlofstrom(api, id));
        JsonObject deliveryRead = Http.json(api.get(server.uri("/api/deliveries/" + delivery)));
        String share = deliveryRead.getJsonArray("costShares").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("organisationId").equals(olofstromId(api))).findFirst().orElseThrow()
                .getString("amount");
        assertThat(steps.costShareOf(id)).isEqualTo(kronor(share));

        assertThat(console.text("status")).isEqualTo("Matchad");
        assertThat(console.text("explanation")).startsWith("Förklaring:").hasSizeGreaterThan(20);
        assertThat(console.text("deliveryParticipants")).isEqualTo(String.valueOf(
                deliveryRead.getInt("participants")));
        assertThat(console.text("main")).contains("Testdeltagare Olofström Tre", "Testdeltagare Olofström Fyra",
                "Gymnasium", "Studier", "Arbete", "Behöver låna dator");
        viewingTheApplicationIsInTheAuditLog(api, id);

        says("confirm:confirmButton", "Ansökan är bekräftad.");
        assertThat(console.text("status")).isEqualTo("Bekräftad");
        console.type("cancel:reason", "Deltagarna har fått plats på annat håll.");
        says("cancel:cancelButton", "Ansökan är avbruten.");
        assertThat(console.text("status")).isEqualTo("Avbruten");
        assertThat(console.has("deliveryId")).as("its places are freed").isFalse();
        assertThat(Http.json(api.get(server.uri("/api/applications/" + id))).getString("status"))
                .isEqualTo("CANCELLED");

        console.click("nav-applications");
        assertThat(console.path()).isEqualTo("/console/applications.xhtml");
        assertThat(console.text("list:applications")).contains(TITLE).contains("Matchad");
        new Select(console.visible("filters:status")).selectByValue("CANCELLED");
        console.click("filters:searchButton");
        new WebDriverWait(console.webDriver(), Duration.ofSeconds(20)).until(driver ->
                !console.text("list:applications").contains("Matchad"));
        assertThat(console.text("list:applications")).contains(TITLE).contains("Avbruten");
        console.checkPage("cancelled-applications");

        console.click("nav-consumerStatistics");
        assertThat(console.path()).isEqualTo("/console/consumer-statistics.xhtml");
        assertThat(console.webDriver().findElements(By.cssSelector("#activityChart canvas, #costChart canvas")))
                .as("both charts are drawn").hasSize(2);
        String thisMonth = YearMonth.now(ZoneOffset.UTC).toString();
        assertThat(console.text("activityTable")).contains(thisMonth);
        assertThat(console.text("costTable")).contains(thisMonth).contains("kr");
        assertThat(console.text("offeringTable")).contains(TITLE);
        console.click("language:en");
        shows("pageHeading", "Statistics and costs");
        assertThat(console.text("costHeading")).isEqualTo("Cost");

        assertThat(console.violations()).filteredOn(v -> v.fails()).isEmpty();
    }

    /** With Arabic chosen, the hits and every option's count are the API's for the same search. */
    private void catalogueCountsAsTheApiDoes(Http api) {
        JsonObject everything = Http.json(api.get(server.uri("/api/catalogue")));
        assertThat(console.text("hitCount")).isEqualTo(everything.getInt("totalItems") + " erbjudanden");

        new Select(console.visible("filters:language")).selectByValue("ar");
        console.click("filters:searchButton");
        JsonObject arabic = Http.json(api.get(server.uri("/api/catalogue?language=ar")));
        assertThat(console.text("hitCount")).isEqualTo(arabic.getInt("totalItems") + " erbjudanden");
        assertThat(arabic.getInt("totalItems")).isLessThan(everything.getInt("totalItems"));
        assertThat(console.text("hits:offerings")).contains(TITLE).doesNotContain("Studievägledning online på somaliska");
        for (String[] facet : List.of(new String[] {"phase", "phase"}, new String[] {"language", "language"},
                new String[] {"mode", "mode"}, new String[] {"supplier", "supplier"},
                new String[] {"priceBand", "priceBand"})) {
            List<JsonObject> counts = arabic.getJsonObject("facets").getJsonArray(facet[1])
                    .getValuesAs(JsonObject.class);
            assertThat(counts).as(facet[1]).isNotEmpty();
            for (JsonObject count : counts) {
                WebElement option = console.webDriver().findElement(By.cssSelector(
                        "select[id='filters:" + facet[0] + "'] option[value='" + count.getString("value") + "']"));
                assertThat(option.getText()).as(facet[0] + " " + count.getString("value"))
                        .endsWith("(" + count.getInt("count") + ")");
            }
        }
        assertThat(console.text("ageBands")).contains("Vuxna 25–64 år (");
        console.click("filters:clearButton");
        assertThat(console.text("hitCount")).isEqualTo(everything.getInt("totalItems") + " erbjudanden");
        assertThat(console.webDriver().findElement(By.xpath("//tbody[@id='hits:offerings_data']/tr[contains(., "
                + "'Förberedande kurs i vård och omsorg')]/td[count(//th[@id='hits:offerings:credentialsColumn']"
                + "/preceding-sibling::th) + 1]")).getText())
                .as("the catalogue names the micro-credential the care-work course leads to, by its title")
                .isEqualTo("Introduktion till vård och omsorg");
    }

    /**
     * At a laptop's 1 400 pixels, and at the tests' usual window, every column of the hits is on the page and no
     * header or cell is cut off: the table is no wider than its wrapper, which is no wider than the window.
     */
    private void catalogueTableFitsItsPage() {
        for (int width : List.of(WIDE_WINDOW, Chromium.WIDTH)) {
            console.webDriver().manage().window().setSize(new Dimension(width, Chromium.HEIGHT));
            console.checkPage("catalogue-at-" + width);
            @SuppressWarnings("unchecked")
            Map<String, Object> fit = (Map<String, Object>) ((JavascriptExecutor) console.webDriver()).executeScript(
                    """
                    const wrapper = document.getElementById('hits:offerings').querySelector('.ui-datatable-tablewrapper');
                    const table = wrapper.querySelector('table');
                    const cut = Array.from(table.querySelectorAll('th, td'))
                        .filter(cell => cell.scrollWidth > cell.clientWidth)
                        .map(cell => cell.innerText.trim());
                    return {
                        wrapperScroll: wrapper.scrollWidth, wrapperClient: wrapper.clientWidth,
                        tableRight: Math.ceil(table.getBoundingClientRect().right),
                        window: document.documentElement.clientWidth,
                        pageScroll: document.documentElement.scrollWidth,
                        headers: table.querySelectorAll('thead th').length,
                        cut: cut
                    };""");
            assertThat(((Number) fit.get("headers")).intValue()).as("the catalogue's columns").isEqualTo(10);
            assertThat(((Number) fit.get("wrapperScroll")).intValue()).as("the table's width at " + width + " px: " + fit)
                    .isLessThanOrEqualTo(((Number) fit.get("wrapperClient")).intValue());
            assertThat(((Number) fit.get("tableRight")).intValue()).as("the table's right edge at " + width + " px")
                    .isLessThanOrEqualTo(((Number) fit.get("window")).intValue());
            assertThat(((Number) fit.get("pageScroll")).intValue()).as("no sideways scrolling at " + width + " px")
                    .isLessThanOrEqualTo(((Number) fit.get("window")).intValue());
            assertThat((List<?>) fit.get("cut")).as("headers and cells cut off at " + width + " px").isEmpty();
        }
    }

    private void offeringInSwedishAndEnglish() {
        steps.openOffering("studievägledning", TITLE);
        assertThat(console.text("offeringHeading")).isEqualTo(TITLE);
        assertThat(console.text("description")).startsWith("Tio gruppträffar online med en studievägledare");
        assertThat(console.text("supplier")).isEqualTo("Ronneby kommun");
        assertThat(console.text("price")).isEqualTo("1 200,00 kr");
        assertThat(console.text("languages")).isEqualTo("arabiska");
        assertThat(console.text("eligibility")).isEqualTo("16–64 år");
        assertThat(labelOf("apply:participants_0__answers_goal")).isEqualTo("Mål *");

        console.click("language:en");
        shows("pageHeading", "Offering");
        assertThat(console.text("offeringHeading")).isEqualTo("Study guidance online in Arabic");
        assertThat(console.text("description")).startsWith("Ten online group sessions with a study guide");
        assertThat(console.text("price")).isEqualTo("SEK 1,200.00");
        assertThat(console.text("languages")).isEqualTo("Arabic");
        assertThat(console.text("eligibility")).isEqualTo("aged 16–64");
        assertThat(labelOf("apply:participants_0__answers_goal")).isEqualTo("Goal *");
        assertThat(new Select(console.visible("apply:participants_0__answers_goal")).getOptions())
                .extracting(WebElement::getText).containsExactly("Choose …", "Studies", "Work", "Both");
        console.click("language:sv");
        shows("pageHeading", "Erbjudande");
    }

    private void childOutsideTheAgeRangeIsRefusedAndNothingStored(Http api) {
        long before = applications(api);
        String child = personalIdentityNumber(LocalDate.now(ZoneOffset.UTC).minusYears(10));
        console.type("apply:participants_0__name", "Testbarn Olofström");
        console.type("apply:participants_0__personalIdentityNumber", child);
        console.type("apply:participants_0__answers_previousEducation", "Grundskola");
        new Select(console.visible("apply:participants_0__answers_goal")).selectByValue("studies");
        console.click("apply:applyButton");
        new WebDriverWait(console.webDriver(), Duration.ofSeconds(20)).until(driver ->
                console.messages().contains("Några uppgifter behöver rättas."));
        console.checkPage("child-refused");

        assertThat(console.path()).isEqualTo("/console/offering.xhtml");
        assertThat(fieldOf("apply:participants_0__personalIdentityNumber"))
                .contains("Deltagaren är utanför erbjudandets åldersgräns vid tidigaste start");
        assertThat(console.visible("apply:participants_0__personalIdentityNumber").getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(console.visible("apply:participants_0__personalIdentityNumber").getAttribute("value"))
                .as("what was typed stays").isEqualTo(child);
        assertThat(console.visible("apply:participants_0__name").getAttribute("value"))
                .isEqualTo("Testbarn Olofström");
        assertThat(fieldOf("apply:participants_0__name")).doesNotContain("Fyll i");
        assertThat(applications(api)).as("nothing is stored").isEqualTo(before);
    }

    /** The console's view of the application (answers and names) is audit-logged for each participant. */
    private void viewingTheApplicationIsInTheAuditLog(Http api, String applicationId) {
        JsonObject application = Http.json(api.get(server.uri("/api/applications?size=200"))).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("id").equals(applicationId))
                .findFirst().orElseThrow();
        for (JsonObject participant : application.getJsonArray("participants").getValuesAs(JsonObject.class)) {
            HttpResponse<String> export = api.get(server.uri("/api/participants/"
                    + participant.getString("participantId") + "/export"));
            assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
            assertThat(Http.json(export).getJsonArray("accessLog").getValuesAs(JsonObject.class))
                    .extracting(l -> l.getString("userId") + " " + l.getString("useCase") + " "
                            + l.getString("outcome"))
                    .as("only the console read the application by id").contains(
                            "demo:" + CASE_OFFICER + " get-application GRANTED",
                            "demo:" + CASE_OFFICER + " get-participant GRANTED");
        }
    }

    private static long applications(Http api) {
        HttpResponse<String> page = api.get(server.uri("/api/applications"));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Http.json(page).getJsonNumber("totalItems").longValue();
    }

    /** The delivery the demo's earlier Olofström application is in. */
    private static String demoDeliveryOfOlofstrom(Http api, String except) {
        return Http.json(api.get(server.uri("/api/applications?size=200"))).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(a -> !a.getString("id").equals(except))
                .map(a -> a.getJsonObject("match")).filter(m -> !m.isNull("deliveryId"))
                .map(m -> m.getString("deliveryId")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo data placed no Olofström application"));
    }

    private static String olofstromId(Http api) {
        return Http.json(api.get(server.uri("/api/organisations?size=200"))).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("organisationNumber").equals("212000-0811")).findFirst().orElseThrow()
                .getString("id");
    }

    /** An amount as the Swedish console writes it, read by the browser: "4 800,00 kr". */
    private static String kronor(String plain) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv"));
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(new BigDecimal(plain)) + " kr";
    }

    /** A valid (made-up) identity number of someone born on that day. */
    private static String personalIdentityNumber(LocalDate born) {
        String digits = String.format("%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(),
                born.getDayOfMonth(), 238);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        int check = (10 - sum % 10) % 10;
        return born.getYear() + digits.substring(2, 6) + "-" + digits.substring(6) + check;
    }

    private static String labelOf(String inputId) {
        return console.webDriver().findElement(By.cssSelector("label[for='" + inputId + "']")).getText();
    }

    /** All a person sees of the form field around an input: its label, the input and the message beside it. */
    private static String fieldOf(String inputId) {
        return console.visible(inputId).findElement(By.xpath("ancestor::div[contains(@class,'field')][1]")).getText();
    }

    private static void says(String id, String message) {
        console.click(id);
        new WebDriverWait(console.webDriver(), Duration.ofSeconds(20))
                .until(driver -> console.messages().contains(message));
        console.checkPage("says-" + id);
    }

    private static void shows(String id, String text) {
        new WebDriverWait(console.webDriver(), Duration.ofSeconds(20))
                .until(driver -> driver.findElements(By.id(id)).stream()
                        .anyMatch(element -> element.getText().equals(text)));
        console.checkPage("language-" + text);
    }
}

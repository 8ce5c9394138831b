package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.esp.bootstrap.e2e.browser.ConsoleDriver;

/**
 * The administrator's dashboard and settlement in headless Chromium on the demo server. The demo's co-delivery
 * (Olofström's and Borlänge's participants, Ronneby's study guidance, Malmö's study guide) is only planned when the
 * server starts, so the setup has Ronneby's supplier staff start and complete it over the API with the demo token;
 * it is then completed in the current month (UTC), which the administrator settles in the console. The current month
 * cannot be closed before it ends, so the month closed is the one before it.
 */
class AdminSettlementConsoleIT {

    private static LibertyServer server;
    private static final YearMonth MONTH = YearMonth.now(ZoneOffset.UTC);
    private static final YearMonth PREVIOUS = MONTH.minusMonths(1);

    @RegisterExtension
    static final ConsoleDriver console = new ConsoleDriver(() -> server.uri("/"));

    @BeforeAll
    static void start() throws Exception {
        Path data = LibertyServer.workDir("admin-settlement-data");
        server = new LibertyServer(Map.of("ESP_DATA_DIR", data.toString()));
        server.start();
        completeTheDemoDelivery();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static void completeTheDemoDelivery() {
        Http ronneby = new Http().as(Http.demoToken(server, "ronneby-supplier"));
        JsonObject page = Http.json(ronneby.get(server.uri("/api/deliveries?size=50")));
        JsonObject delivery = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("status").equals("PLANNED")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo has a planned delivery: " + page));
        String id = delivery.getString("id");
        HttpResponse<String> read = ronneby.get(server.uri("/api/deliveries/" + id));
        HttpResponse<String> started = ronneby.post(server.uri("/api/deliveries/" + id + "/start"),
                read.headers().firstValue("ETag").orElseThrow());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        JsonArrayBuilder outcomes = Json.createArrayBuilder();
        Http.json(started).getJsonArray("seats").getValuesAs(JsonObject.class).forEach(seat -> outcomes.add(
                Json.createObjectBuilder().add("participantId", seat.getString("participantId"))
                        .add("outcome", "COMPLETED")));
        HttpResponse<String> completed = ronneby.postJson(server.uri("/api/deliveries/" + id + "/completion"),
                Json.createObjectBuilder().add("outcomes", outcomes).build().toString(),
                started.headers().firstValue("ETag").orElseThrow());
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
    }

    @Test
    void theAdministratorSeesTheDashboardSettlesAMonthReadsAStatementClosesAMonthAndDownloadsTheCsv()
            throws Exception {
        console.signInAs("esp-admin");
        assertThat(console.path()).as("an administrator lands on the dashboard").isEqualTo("/console/dashboard.xhtml");
        assertThat(console.text("pageHeading")).isEqualTo("Översikt");
        for (String chart : List.of("activityChart", "revenueChart", "coverageChart")) {
            WebElement canvas = console.webDriver().findElement(By.id(chart + "_canvas"));
            assertThat(canvas.getSize().getHeight()).as(chart + " is drawn").isGreaterThan(100);
            assertThat(canvas.getAttribute("aria-label")).as(chart + " says what it shows").isNotBlank();
        }
        assertThat(console.text("activityTable")).as("the chart's figures as a table")
                .contains("Ansökningar", "Leveranser", MONTH.toString());
        assertThat(console.text("coverageTable"))
                .as("the demo's applications reach municipalities; the Swedish page names the offerings in Swedish")
                .contains("Studievägledning online på arabiska", "Studievägledning online på somaliska")
                .doesNotContain("Study guidance online in Arabic", "Study guidance online in Somali");
        console.click("language:en");
        assertThat(console.text("pageHeading")).isEqualTo("Dashboard");
        assertThat(console.text("coverageTable")).as("and the English page in English")
                .contains("Study guidance online in Arabic", "Study guidance online in Somali");
        console.click("language:sv");
        assertThat(console.text("pageHeading")).isEqualTo("Översikt");

        console.click("nav-settlement");
        assertThat(console.path()).isEqualTo("/console/settlement.xhtml");
        assertThat(console.text("months:monthTable:0:state")).isEqualTo("Öppen, inte avräknad");
        console.click("months:monthTable:0:settleButton");
        assertThat(console.messages()).anyMatch(m -> m.contains("är avräknad"));
        assertThat(console.text("months:monthTable:0:state")).isEqualTo("Avräknad, öppen");
        String statements = console.text("statements");
        assertThat(statements).contains("Olofströms kommun", "Borlänge kommun", "Ronneby kommun", "Malmö stad");
        assertThat(console.text("sum").replace('\u00a0', ' ')).as("a month sums to zero").endsWith(" 0,00 kr");

        console.webDriver().findElement(By.linkText("Olofströms kommun")).click();
        console.checkPage("open-statement");
        assertThat(console.path()).isEqualTo("/console/statement.xhtml");
        assertThat(console.text("statementOrganisation")).contains("Olofströms kommun");
        String lines = console.text("lines");
        assertThat(lines).as("every line traced to its cause").contains("Köpt leverans", "Leverans ", "ansökan ",
                "Ronneby kommun");
        assertThat(console.text("net")).containsPattern("[−-]\\d").contains("kr");
        assertThat(console.text("statementState")).isEqualTo("Öppen");
        assertThat(console.has("invoiceLink")).as("no invoice while the month is open").isFalse();

        console.click("language:en");
        assertThat(console.text("pageHeading")).isEqualTo("An organisation’s statement");
        assertThat(console.text("statementState")).isEqualTo("Open");
        assertThat(console.text("lines")).contains("Delivery bought", "Delivery ", "application ");
        assertThat(console.text("net").replace('\u00a0', ' ')).contains("SEK -");
        console.click("language:sv");
        assertThat(console.text("pageHeading")).isEqualTo("Avräkning för en organisation");

        String csvHref = console.webDriver().findElement(By.id("csvLink")).getAttribute("href");
        HttpResponse<String> csv = withSessionCookie(URI.create(csvHref));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("attachment", "esp-" + MONTH));
        assertThat(csv.body()).startsWith("period,organisationNumber").contains(MONTH.toString())
                .contains("DELIVERY_BOUGHT");
        assertThat(new HttpClientWithoutCookie().get(URI.create(csvHref)).body())
                .as("without the session the download is not served").doesNotContain("DELIVERY_BOUGHT");

        console.click("back");
        console.click("months:monthTable:0:closeButton");
        assertThat(console.messages()).as("the current month cannot be closed before it ends")
                .anyMatch(m -> !m.isBlank());
        assertThat(console.text("months:monthTable:0:state")).isEqualTo("Avräknad, öppen");

        console.click("months:monthTable:1:closeButton");
        assertThat(console.messages()).anyMatch(m -> m.contains("är stängd"));
        assertThat(console.text("months:monthTable:1:state")).isEqualTo("Stängd");
        assertThat(console.has("months:monthTable:1:closeButton")).as("a closed month is final").isFalse();
        assertThat(console.text("statementsHeading")).contains(String.valueOf(PREVIOUS.getYear()));
    }

    private static HttpResponse<String> withSessionCookie(URI uri) throws Exception {
        String cookies = console.webDriver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).reduce((a, b) -> a + "; " + b).orElse("");
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(uri).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A client with no session: the console guard sends it to sign in. */
    private static final class HttpClientWithoutCookie {
        HttpResponse<String> get(URI uri) throws Exception {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}

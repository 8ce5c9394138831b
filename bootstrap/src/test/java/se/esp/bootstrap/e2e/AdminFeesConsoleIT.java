package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import se.esp.bootstrap.e2e.browser.ConsoleDriver;

/**
 * The platform administrator's console pages on the demo server, in headless Chromium: the fee schedule (the
 * language switch there and back, a rate changed from a date, a joint cost previewed and recorded with each
 * organisation's share), a scaling project registered and the review checklist edited. Every step is asserted on
 * what the page shows; {@link ConsoleDriver} photographs and checks every page with axe-core.
 */
class AdminFeesConsoleIT {

    private static final String FEES = "/console/fee-schedule.xhtml";

    private static LibertyServer server;

    @RegisterExtension
    static final ConsoleDriver console = new ConsoleDriver(() -> server.uri("/"));

    @BeforeAll
    static void start() throws Exception {
        Path data = LibertyServer.workDir("admin-fees-console-data");
        server = new LibertyServer(Map.of("ESP_DATA_DIR", data.toString()));
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The text as read, with no-break spaces (amounts, percentages) as ordinary ones. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }

    private static String page() {
        return plain(console.pageText());
    }

    @Test
    void theAdministratorSwitchesLanguageChangesARateAndRecordsAJointCostWithItsSharesPreviewed() {
        console.signInAs("esp-admin");
        console.open(FEES);
        assertThat(console.path()).isEqualTo(FEES);
        assertThat(console.text("pageHeading")).isEqualTo("Avgiftsmodell");
        assertThat(plain(console.text("versions"))).contains("5 %").contains("Tills vidare")
                .contains("5 % per år från " + LocalDate.now().getYear());
        assertThat(page()).contains("Medlemsavgifter efter invånarantal").contains("5 000,00 kr")
                .contains("1 000 000,00 kr").contains("100 001");

        console.click("language:en");
        assertThat(console.path()).isEqualTo(FEES);
        assertThat(console.text("pageHeading")).isEqualTo("Fee schedule");
        assertThat(page()).contains("Membership fees by population").contains("SEK 5,000.00")
                .contains("Until further notice").contains("Driving");
        console.click("language:sv");
        assertThat(console.text("pageHeading")).isEqualTo("Avgiftsmodell");
        assertThat(page()).contains("5 000,00 kr").contains("Drivande");

        // a refused rate is named next to its field, and nothing changes
        String nextYear = LocalDate.now().plusYears(1).withDayOfYear(1).toString();
        console.type("rates:validFrom", nextYear).type("rates:transactionFee", "fem");
        console.click("rates:changeRatesButton");
        assertThat(console.text("rates:transactionFeeMessage")).contains("Värdet har fel form");
        assertThat(console.messages()).anyMatch(line -> line.contains("behöver rättas"));
        assertThat(plain(console.text("versions"))).doesNotContain(nextYear);

        console.type("rates:transactionFee", "4,5");
        console.click("rates:changeRatesButton");
        assertThat(console.messages()).contains("De nya avgifterna gäller från " + nextYear + ".");
        assertThat(plain(console.text("versions"))).contains(nextYear).contains("4,5 %").contains("5 %")
                .contains(LocalDate.parse(nextYear).minusDays(1).toString());

        // a joint cost split by population: Ronneby 29 021 and Olofström 13 061 inhabitants share 100 000 kr
        console.type("jointCost:description", "Gemensam e-tjänst för ansökningar")
                .type("jointCost:amount", "100 000");
        tick("Ronneby kommun");
        tick("Olofströms kommun");
        console.click("jointCost:previewButton");
        String preview = plain(console.text("jointCost:preview"));
        assertThat(preview).contains("Ronneby kommun").contains("68 962,98 kr").contains("29 021")
                .contains("Olofströms kommun").contains("31 037,02 kr").contains("13 061");
        assertThat(plain(console.text("previewTotal"))).contains("100 000,00 kr").contains("Efter invånarantal");
        assertThat(plain(console.text("jointCosts"))).doesNotContain("Gemensam e-tjänst");

        console.click("jointCost:recordJointCostButton");
        assertThat(console.messages())
                .contains("Den gemensamma kostnaden Gemensam e-tjänst för ansökningar är registrerad.");
        assertThat(plain(console.text("jointCosts"))).contains("Gemensam e-tjänst för ansökningar")
                .contains("100 000,00 kr").contains("Ronneby kommun: 68 962,98 kr")
                .contains("Olofströms kommun: 31 037,02 kr").contains("Att debitera");
    }

    @Test
    void theAdministratorRegistersAScalingProjectAndStartsIt() {
        console.signInAs("esp-admin");
        console.open("/console/scaling-projects.xhtml");
        assertThat(console.text("pageHeading")).isEqualTo("Skalningsprojekt");

        console.click("register:registerButton");
        assertThat(console.text("register:ownerMessage")).contains("Fyll i det här fältet");

        choose("register:owner", "Olofströms kommun");
        console.type("register:name", "Skalning av digital rehabilitering").type("register:budget", "250 000");
        console.click("register:registerButton");
        assertThat(console.messages())
                .contains("Skalningsprojektet Skalning av digital rehabilitering är registrerat.");
        assertThat(plain(console.text("projects"))).contains("Skalning av digital rehabilitering")
                .contains("Olofströms kommun").contains("250 000,00 kr").contains("Föreslaget");

        choose("status:project", "Skalning av digital rehabilitering (Föreslaget)");
        choose("status:newStatus", "Pågår");
        String today = LocalDate.now().toString();
        console.type("status:on", today);
        console.click("status:changeStatusButton");
        assertThat(console.messages()).contains("Skalning av digital rehabilitering har nu status Pågår.");
        assertThat(plain(console.text("projects"))).contains("Pågår").contains(today);
    }

    @Test
    void theAdministratorEditsTheReviewChecklist() {
        console.signInAs("esp-admin");
        console.open("/console/review-checklist.xhtml");
        assertThat(console.text("pageHeading")).isEqualTo("Granskningskriterier");
        assertThat(console.text("criteria")).contains("goal-stated").contains("Målet är angivet")
                .contains("Goal stated");

        console.type("edit:criteria_0__sv", "Målet är tydligt angivet")
                .type("edit:criteria_7__key", "Konsekvens Analys")
                .type("edit:criteria_7__sv", "Konsekvensbedömningen är gjord")
                .type("edit:criteria_7__en", "Impact assessment done");
        console.click("edit:saveButton");
        assertThat(console.text("edit:criteria_7__keyMessage")).contains("små bokstäver");
        assertThat(console.text("criteria")).doesNotContain("Konsekvensbedömningen");

        console.type("edit:criteria_7__key", "impact-assessment");
        console.click("edit:saveButton");
        assertThat(console.messages()).contains("Granskningskriterierna är sparade (8 kriterier).");
        assertThat(console.text("criteria")).contains("Målet är tydligt angivet").contains("impact-assessment")
                .contains("Konsekvensbedömningen är gjord").contains("Impact assessment done");

        console.click("language:en");
        assertThat(console.text("pageHeading")).isEqualTo("Review checklist");
        assertThat(console.text("criteria")).contains("Impact assessment done");
        console.click("language:sv");
    }

    /** Chooses an option of a select by the text a person reads. */
    private static void choose(String id, String option) {
        new Select(console.visible(id)).selectByVisibleText(option);
    }

    /** Ticks the organisation's box in the joint cost form, found by its label. */
    private static void tick(String organisation) {
        String id = console.webDriver().findElement(By.xpath(
                "//form[@id='jointCost']//label[normalize-space(.)='" + organisation + "']")).getAttribute("for");
        console.click(id);
    }
}

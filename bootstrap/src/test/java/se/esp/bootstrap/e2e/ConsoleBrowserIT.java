package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.esp.bootstrap.e2e.browser.Axe;
import se.esp.bootstrap.e2e.browser.ConsoleDriver;

/**
 * The console in headless Chromium on the demo server, as a Swedish user sees it: signing in and out, and a wrong
 * password. Every page visited is photographed and checked with axe-core by {@link ConsoleDriver}; a serious or
 * critical accessibility violation fails the test. Selectors are element ids only.
 */
class ConsoleBrowserIT {

    private static LibertyServer server;

    @RegisterExtension
    static final ConsoleDriver console = new ConsoleDriver(() -> server.uri("/"));

    @BeforeAll
    static void start() throws Exception {
        Path data = LibertyServer.workDir("console-browser-data");
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
    void theDemoAdministratorSignsInSeesTheOrganisationsAndSignsOut() throws Exception {
        console.open("/console/organisations.xhtml");
        assertThat(console.path()).as("signed out, the console sends a person to sign in").isEqualTo("/login.xhtml");

        console.signInAs("esp-admin");
        assertThat(console.path()).as("an administrator lands on the dashboard").isEqualTo("/console/dashboard.xhtml");
        console.open("/console/organisations.xhtml");
        assertThat(console.pageText()).contains("Ada Administratör").contains("Ronneby kommun");

        console.click("signOut:signOutButton");
        assertThat(console.path()).isEqualTo("/login.xhtml");
        console.open("/console/organisations.xhtml");
        assertThat(console.path()).as("signed out for real").isEqualTo("/login.xhtml");

        assertThat(console.pagesChecked()).as("the sign-in page and the organisations page, at least").isGreaterThanOrEqualTo(3);
        assertThat(console.artefacts()).extracting(file -> file.getFileName().toString())
                .anyMatch(name -> name.endsWith("-open-login.png"))
                .anyMatch(name -> name.endsWith("-click-login_signIn-console_dashboard.png"));
    }

    @Test
    void theAdministratorRegistersAnOrganisationAndFindsItInTheDirectory() {
        console.signInAs("esp-admin");
        console.open("/console/organisations.xhtml");

        console.click("actions:registerButton");
        console.type("edit:organisationNumber", "559999-0024").type("edit:name", "Webbkonsolen AB");
        new org.openqa.selenium.support.ui.Select(console.visible("edit:kind")).selectByValue("COMPANY");
        console.checkPage("filled-in-registration");
        console.type("edit:population", "-5").click("edit:saveButton");
        assertThat(console.text("edit:populationMessage")).as("a refusal beside its field").isNotBlank();

        console.type("edit:population", "").click("edit:saveButton");
        console.type("filters:name", "Webbkonsolen").click("filters:searchButton");
        assertThat(console.text("directory:organisations")).contains("Webbkonsolen AB").contains("559999-0024")
                .as("the kind by its Swedish label, never the enum name").contains("Företag")
                .doesNotContain("COMPANY");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserGetsTheErrorMessageInSwedish() {
        console.signIn("esp-admin", "inte-demo");
        assertThat(console.path()).isEqualTo("/login.xhtml");
        assertThat(console.messages()).anyMatch(line -> line.contains("Fel användarnamn eller lösenord"));

        console.signIn("ingen-sadan-anvandare", ConsoleDriver.DEMO_PASSWORD);
        assertThat(console.path()).isEqualTo("/login.xhtml");
        assertThat(console.messages()).anyMatch(line -> line.contains("Fel användarnamn eller lösenord"));
    }

    /** The tools themselves: the browser is Swedish, and axe-core finds what a person could not use. */
    @Test
    void theBrowserIsSwedishAndAxeFindsAnUnlabelledFieldAndAnImageWithoutText() {
        @SuppressWarnings("unchecked")
        List<String> languages = (List<String>) ((org.openqa.selenium.JavascriptExecutor) console.webDriver())
                .executeScript("return navigator.languages;");
        assertThat(languages).first().isEqualTo("sv-SE");

        // not through the console's actions: these violations are wanted here, and must not fail this test
        console.webDriver().get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=sv><head><title>Fel</title>"
                + "</head><body><main><h1>Fel</h1><img src=x.png><input type=text></main></body></html>");
        List<Axe.Violation> found = Axe.analyse((org.openqa.selenium.JavascriptExecutor) console.webDriver(), "bad");
        assertThat(found).filteredOn(Axe.Violation::fails).extracting(Axe.Violation::rule)
                .contains("image-alt", "label");
        assertThat(console.violations()).isEmpty();
    }
}

package se.esp.bootstrap.e2e.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.esp.bootstrap.e2e.browser.ConsoleDriver;

/**
 * A platform administrator's steps in the console, for tests that tell a longer story: registering an organisation,
 * setting the owner's rates, settling a month and reading each organisation's net. The caller has signed in as an
 * administrator; each step asserts what the page shows as it goes.
 */
public final class AdminConsole {

    private final ConsoleDriver console;

    public AdminConsole(ConsoleDriver console) {
        this.console = console;
    }

    /**
     * Registers an organisation through the organisations page's dialog and finds it in the directory.
     *
     * @param kind the kind as the select offers it (the enum's name is its value, e.g. {@code MUNICIPALITY})
     * @param population inhabitants, or {@code null}
     * @param roles the roles by their Swedish labels, e.g. "Leverantör", "Beställare"
     */
    public void registerOrganisation(String number, String name, String kind, Long population, Set<String> roles) {
        console.open("/console/organisations.xhtml");
        console.click("actions:registerButton");
        console.type("edit:organisationNumber", number).type("edit:name", name);
        new Select(console.visible("edit:kind")).selectByValue(kind);
        console.type("edit:population", population == null ? "" : population.toString());
        for (String role : roles) {
            // PrimeFaces hides the native checkbox and draws its own; a person clicks the label
            console.webDriver().findElement(By.xpath("//form[@id='edit']//label[normalize-space(.)='" + role
                    + "']")).click();
        }
        for (String role : roles) {
            String box = console.webDriver().findElement(By.xpath("//form[@id='edit']//label[normalize-space(.)='"
                    + role + "']")).getAttribute("for");
            assertThat(console.webDriver().findElement(By.id(box)).isSelected()).as(role + " ticked").isTrue();
        }
        console.click("edit:saveButton");
        new WebDriverWait(console.webDriver(), Duration.ofSeconds(20))
                .until(driver -> console.messages().stream().anyMatch(m -> m.contains(name)));
        console.type("filters:name", name).click("filters:searchButton");
        assertThat(console.text("directory:organisations")).as("registered and found").contains(name)
                .contains(number);
    }

    /**
     * Establishes the owner's fee schedule on a platform that has none, with DOMAIN.md's rates from this day: a
     * transaction fee of 5 %, 10 % on scaling projects, membership bands by population and annual participation fees
     * (nobody owes these until they agree to them), indexed 5 % a year.
     */
    public void establishFeeSchedule(LocalDate validFrom) {
        console.open("/console/fee-schedule.xhtml");
        assertThat(console.text("ratesHint")).as("a new platform has no schedule yet")
                .contains("Ingen avgiftsmodell är fastställd ännu");
        console.type("rates:validFrom", validFrom.toString()).type("rates:transactionFee", "5")
                .type("rates:scalingProjectFee", "10").type("rates:indexationPercent", "5")
                .type("rates:indexationBaseYear", String.valueOf(validFrom.getYear()));
        String[][] bands = {{"0", "5 000", "8 000"}, {"10000", "10 000", "16 000"}, {"100001", "20 000", "32 000"}};
        for (int i = 0; i < bands.length; i++) {
            console.type("rates:membershipBands_" + i + "__fromPopulation", bands[i][0])
                    .type("rates:membershipBands_" + i + "__entryFee", bands[i][1])
                    .type("rates:membershipBands_" + i + "__annualFee", bands[i][2]);
        }
        console.type("rates:participationFees_DRIVING", "1 000 000").type("rates:participationFees_ACTIVE", "500 000")
                .type("rates:participationFees_PARTICIPATING", "200 000")
                .type("rates:participationFees_ASSOCIATED", "50 000");
        console.click("rates:changeRatesButton");
        assertThat(console.messages()).contains("Avgiftsmodellen är fastställd och gäller från " + validFrom + ".");
        assertThat(plain(console.text("versions"))).contains(validFrom.toString()).contains("5 %");
    }

    /**
     * Settles the current month (the first row of the settlement page) and answers the page's sum line, which reads
     * "Summa 0,00 kr" when the month balances.
     */
    public String settleTheCurrentMonth() {
        console.open("/console/settlement.xhtml");
        console.click("months:monthTable:0:settleButton");
        assertThat(console.messages()).anyMatch(m -> m.contains("är avräknad"));
        assertThat(console.text("months:monthTable:0:state")).isEqualTo("Avräknad, öppen");
        return plain(console.text("sum"));
    }

    /** Opens the statement of the organisation named so, from the settlement page of the month settled last. */
    public String netOf(String organisation) {
        console.open("/console/settlement.xhtml");
        console.click(statementLink(organisation));
        assertThat(console.path()).isEqualTo("/console/statement.xhtml");
        assertThat(console.text("statementOrganisation")).contains(organisation);
        return plain(console.text("net"));
    }

    private String statementLink(String organisation) {
        for (int i = 0; console.has("statements:" + i + ":statementLink"); i++) {
            if (console.text("statements:" + i + ":statementLink").equals(organisation)) {
                return "statements:" + i + ":statementLink";
            }
        }
        throw new AssertionError("no statement of " + organisation + ": " + console.text("statements"));
    }

    /** Spaces as a person reads them: no-break spaces as spaces, the minus sign as a hyphen. */
    public static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2212', '-');
    }
}

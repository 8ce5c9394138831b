package se.esp.bootstrap.e2e.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.esp.bootstrap.e2e.browser.ConsoleDriver;

/**
 * A resource person's work in the console ({@code console/resource-profile.xhtml},
 * {@code console/resource-deliveries.xhtml}), for a browser test whose caller has signed in as the resource person
 * in Swedish (the console's default language). Each step asserts what the page shows as it goes. Nothing here
 * relies on demo data: the organisations named must be registered, the person must act for the employer named.
 */
public final class ResourceConsole {

    public static final String PROFILE = "/console/resource-profile.xhtml";
    public static final String DELIVERIES = "/console/resource-deliveries.xhtml";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    /** What a browser's text of the console's no-break spaces (U+00A0) reads as. */
    private static final char SPACE = ' ';

    private final ConsoleDriver console;

    public ResourceConsole(ConsoleDriver console) {
        this.console = console;
    }

    /**
     * Registers the signed-in resource person with this profile, one weekly slot, a weekly cap and one declared
     * competence; asserts the profile page then shows it with the competence awaiting verification; returns the
     * resource's id.
     *
     * @param employerName the organisation's name as registered, or {@code null} for none (independent)
     * @param hourlyRate   kronor as the API writes them, e.g. {@code 450.00}
     * @param start        e.g. {@code 10:00}
     */
    public String register(String displayName, List<String> languageCodes, String employerName, String hourlyRate,
                           DayOfWeek day, String start, String end, int maxHoursPerWeek,
                           String competence, String evidence, LocalDate expiresOn) {
        console.open(PROFILE);
        assertThat(console.has("profile:registerButton")).as("not registered yet: the registration form")
                .isTrue();
        console.type("profile:displayName", displayName);
        Select languages = select("profile:languages");
        languages.deselectAll();
        languageCodes.forEach(languages::selectByValue);
        if (employerName == null) {
            select("profile:employerId").selectByIndex(0);
        } else {
            select("profile:employerId").selectByVisibleText(employerName);
        }
        console.type("profile:hourlyRate", hourlyRate);
        select("profile:slots_0__day").selectByValue(day.name());
        console.type("profile:slots_0__start", start);
        console.type("profile:slots_0__end", end);
        console.type("profile:availability_maxHoursPerWeek", String.valueOf(maxHoursPerWeek));
        console.type("profile:code", competence);
        console.type("profile:evidence", evidence);
        console.type("profile:expiresOn", expiresOn.toString());
        says("profile:registerButton", "Du är registrerad. Kompetensen väntar på en koordinators verifiering.");

        assertThat(console.text("profileHeading")).isEqualTo(displayName);
        assertThat(console.text("status")).isEqualTo("Ansökt");
        assertThat(console.text("languagesShown")).isEqualTo(languageCodes.stream().sorted()
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(SWEDISH))
                .collect(Collectors.joining(", ")));
        assertThat(console.text("employerShown")).isEqualTo(employerName == null ? "Ingen (egen företagare)"
                : employerName);
        assertThat(console.text("hourlyRateShown")).isEqualTo(kronor(hourlyRate));
        assertThat(console.text("availabilityShown")).contains(day.getDisplayName(TextStyle.FULL, SWEDISH) + " "
                + start + "–" + end).contains("Högst " + maxHoursPerWeek + " timmar i veckan");
        int row = competenceRow(competence);
        assertThat(console.text("competences:" + row + ":state")).isEqualTo("Väntar på verifiering");
        assertThat(console.text("competences:" + row + ":evidence")).isEqualTo(evidence);
        assertThat(console.text("competences:" + row + ":expiresOn")).isEqualTo(expiresOn.toString());
        String id = console.text("resourceId");
        assertThat(id).matches("[0-9a-f-]{36}");
        return id;
    }

    /** Asserts the profile shows this competence as verified. */
    public void seesVerified(String competence) {
        console.open(PROFILE);
        int row = competenceRow(competence);
        assertThat(console.text("competences:" + row + ":state")).isEqualTo("Verifierad");
        assertThat(console.text("status")).as("a verified competence makes the resource verified (or active)")
                .isIn("Verifierad", "Aktiv");
    }

    /**
     * Asserts the deliveries page lists a delivery of the offering with this Swedish title, with these hours (as
     * shown, e.g. "10").
     */
    public void leads(String title, String hours) {
        console.open(DELIVERIES);
        for (int i = 0; console.has("led:deliveries:" + i + ":title"); i++) {
            if (console.text("led:deliveries:" + i + ":title").equals(title)
                    && console.text("led:deliveries:" + i + ":hours").equals(hours)) {
                return;
            }
        }
        throw new AssertionError("no delivery of " + title + " with " + hours + " hours: "
                + console.text("led:deliveries"));
    }

    /** The row of the competences table that shows this competence. */
    public int competenceRow(String competence) {
        for (int i = 0; console.has("competences:" + i + ":code"); i++) {
            if (console.text("competences:" + i + ":code").equals(competence)) {
                return i;
            }
        }
        throw new AssertionError("the profile shows no competence " + competence + ": " + console.pageText());
    }

    /**
     * Clicks and waits until the page's messages say {@code message}: a post answered with the same page can leave
     * the old page showing for a moment after the click returns. The new page is then checked like any other.
     */
    public void says(String id, String message) {
        console.click(id);
        new WebDriverWait(console.webDriver(), Duration.ofSeconds(20))
                .until(driver -> console.messages().contains(message));
        console.checkPage("says-" + id);
    }

    private Select select(String id) {
        return new Select(console.webDriver().findElement(By.id(id)));
    }

    /** An amount as the Swedish console shows it, read by the browser: {@code 450,00 kr}, {@code 1 234,50 kr}. */
    static String kronor(String amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(SPACE);
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(new BigDecimal(amount)) + SPACE + "kr";
    }
}

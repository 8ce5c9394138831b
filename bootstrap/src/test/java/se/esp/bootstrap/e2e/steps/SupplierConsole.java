package se.esp.bootstrap.e2e.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.esp.bootstrap.e2e.browser.ConsoleDriver;

/**
 * What supplier staff do in the console, as steps of a browser test: package a service through the editor with
 * its live costing and submit it, publish it once approved, run a delivery. Each step signs nobody in (the caller
 * has signed in a supplier's staff), relies on no demo data, reads the console in Swedish, and asserts what the
 * page shows as it goes. Amounts are compared with ordinary spaces where the console writes no-break ones.
 */
public final class SupplierConsole {

    private static final Duration WAIT = Duration.ofSeconds(20);
    public static final String STUDY_GUIDANCE_SV = "Studievägledning online på arabiska";

    private final ConsoleDriver console;

    public SupplierConsole(ConsoleDriver console) {
        this.console = console;
    }

    /**
     * Creates, through the editor, exactly the packaging of WorkedExampleIT.studyGuidanceInArabic(); asserts the live
     * costing shows 6 500,00 kr per participant and, at group size 3 digital, 10 h / 4 500,00 kr resource cost,
     * revenue 19 500,00 kr, transaction fee 975,00 kr (the owner's fee schedule at 5 %, set beforehand) and margin
     * 14 025,00 kr; submits it for review; returns the packaging's id.
     */
    public String packageStudyGuidanceInArabicAndSubmit() {
        console.open("/console/supplier-packaging.xhtml");
        assertThat(console.text("status")).isEqualTo("Inte sparad");
        console.type("editor:titles_sv", STUDY_GUIDANCE_SV);
        console.type("editor:titles_en", "Study guidance online, Arabic");
        console.type("editor:descriptions_sv", "Tio gruppträffar online med en studievägledare som talar arabiska.");
        console.type("editor:descriptions_en", "Ten online group sessions with a study guide speaking Arabic.");
        select("editor:phase", "PREPARATORY");
        select("editor:serviceArea", "STUDY_GUIDANCE");
        select("editor:deliveryMode", "DIGITAL");
        check("editor:targetGroups", "NEWLY_ARRIVED");
        console.type("editor:deliveryLanguages", "ar");

        select("editor:components_0__kind", "GROUP_SESSION");
        console.type("editor:components_0__count", "10");
        console.type("editor:components_0__durationMinutes", "60");
        select("editor:components_0__setting", "ONLINE");
        console.type("editor:components_0__competence", "study-guidance");
        console.type("editor:components_0__hours", "1");
        console.type("editor:groupSize_min", "3");
        console.type("editor:groupSize_max", "8");
        console.type("editor:eligibility_minAge", "16");
        console.type("editor:eligibility_maxAge", "64");

        tick("editor:applicationForm_identityNumberRequired");
        console.click("editor:addFieldButton");
        console.type("editor:fields_0__key", "previousEducation");
        select("editor:fields_0__type", "TEXT");
        console.type("editor:fields_0__labelSv", "Tidigare utbildning");
        console.type("editor:fields_0__labelEn", "Previous education");
        tick("editor:fields_0__required");
        console.click("editor:addFieldButton");
        console.type("editor:fields_1__key", "goal");
        select("editor:fields_1__type", "CHOICE");
        console.type("editor:fields_1__labelSv", "Mål");
        console.type("editor:fields_1__labelEn", "Goal");
        tick("editor:fields_1__required");
        console.click("editor:addChoice_1");
        console.click("editor:addChoice_1");
        console.type("editor:fields_1__choices_0__value", "studies");
        console.type("editor:fields_1__choices_0__labelSv", "Studier");
        console.type("editor:fields_1__choices_0__labelEn", "Studies");
        console.type("editor:fields_1__choices_1__value", "work");
        console.type("editor:fields_1__choices_1__labelSv", "Arbete");
        console.type("editor:fields_1__choices_1__labelEn", "Work");

        console.type("editor:costModel_hourlyRate", "450,00");
        console.type("editor:pricePerParticipant", "6500,00");
        assertThat(new Select(console.visible("editor:costSplitRule")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("PER_PARTICIPANT");
        console.type("editor:costingGroupSize", "3");
        console.click("editor:recostButton");
        shows("costingIntro", "Vid 3 deltagare och priset 6 500,00 kr per deltagare, med transaktionsavgiften 5 %.");
        shows("digitalRevenue", "19 500,00 kr");

        assertThat(amount("digitalPrice")).as("the price per participant").isEqualTo("6 500,00 kr");
        assertThat(amount("digitalHours")).isEqualTo("10 h");
        assertThat(amount("digitalResourceCost")).isEqualTo("4 500,00 kr");
        assertThat(amount("digitalFee")).as("5 %, the owner's transaction fee").isEqualTo("975,00 kr");
        assertThat(amount("digitalMargin")).isEqualTo("14 025,00 kr");
        console.checkPage("costed");

        console.click("editor:submitButton");
        shows("status", "Inskickad");
        assertThat(console.messages()).contains("Paketeringen är inskickad för granskning.");
        assertThat(console.text("packagingHeading")).isEqualTo(STUDY_GUIDANCE_SV);
        String query = URI.create(console.webDriver().getCurrentUrl()).getQuery();
        assertThat(query).startsWith("id=");
        return query.substring("id=".length()).split("&")[0];
    }

    /** Publishes the approved packaging with this id (asserts it shows as published). */
    public void publish(String packagingId) {
        console.open("/console/supplier-packaging.xhtml?id=" + packagingId);
        assertThat(console.text("status")).isEqualTo("Godkänd");
        console.click("lifecycle:publishButton");
        shows("status", "Publicerad");
        assertThat(console.messages()).contains("Paketeringen är publicerad som version 1 i utbudet.");
    }

    /**
     * Opens the planned delivery of the offering with this Swedish title, asserts it has this many participants,
     * starts it, and completes it with every participant's outcome COMPLETED (asserts completed).
     */
    public void startAndCompleteDeliveryOf(String title, int participants) {
        console.open("/console/supplier-deliveries.xhtml");
        select("filters:status", "PLANNED");
        console.click("filters:searchButton");
        console.click(rowLink("list:deliveries", title));
        assertThat(console.path()).isEqualTo("/console/supplier-delivery.xhtml");
        assertThat(console.text("deliveryHeading")).isEqualTo(title);
        assertThat(console.text("status")).isEqualTo("Planerad");
        assertThat(console.text("participants")).isEqualTo(String.valueOf(participants));

        console.click("seatsForm:startButton");
        shows("status", "Pågår");
        List<WebElement> outcomes = console.webDriver().findElements(By.cssSelector("select[id$=':outcome']"));
        assertThat(outcomes).hasSize(participants);
        for (WebElement outcome : outcomes) {
            new Select(outcome).selectByValue("COMPLETED");
        }
        console.click("seatsForm:completeButton");
        shows("status", "Genomförd");
        assertThat(console.webDriver().findElements(By.cssSelector("span[id$=':outcomeShown']")))
                .hasSize(participants).allSatisfy(shown -> assertThat(shown.getText()).isEqualTo("Fullföljt"));
    }

    // ---- helpers, public for tests of the supplier's other pages ----

    /** Chooses the option with this value in a native select, and waits for what its change sets off. */
    public void select(String id, String value) {
        new Select(console.visible(id)).selectByValue(value);
        console.settle();
    }

    /** Ticks the checkbox of a group (e.g. a target group) whose value is this. */
    public void check(String name, String value) {
        WebElement box = console.webDriver().findElement(By.cssSelector(
                "input[name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            box.click();
        }
        console.settle();
    }

    /** Ticks a single checkbox. */
    public void tick(String id) {
        WebElement box = console.visible(id);
        if (!box.isSelected()) {
            box.click();
        }
        console.settle();
    }

    /** The text of an element with ordinary spaces for the no-break ones amounts are written with. */
    public String amount(String id) {
        return console.text(id).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** Waits until the element shows this text (spaces as {@link #amount}), then checks the page. */
    public void shows(String id, String text) {
        new WebDriverWait(console.webDriver(), WAIT).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.id(id)).stream()
                .anyMatch(element -> element.getText().replace('\u00a0', ' ').replace('\u202f', ' ').equals(text)));
        console.checkPage("shows-" + id);
    }

    /** The id of the link in a lazy table's rows ({@code <table>:<row>:open}) whose text is this. */
    public String rowLink(String table, String text) {
        for (int i = 0; console.has(table + ":" + i + ":open"); i++) {
            if (console.webDriver().findElement(By.id(table + ":" + i + ":open")).getText().equals(text)) {
                return table + ":" + i + ":open";
            }
        }
        throw new AssertionError("no row " + text + " in " + table + ": " + console.pageText());
    }
}

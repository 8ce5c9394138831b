package se.esp.bootstrap.e2e.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.esp.bootstrap.e2e.browser.ConsoleDriver;

/**
 * A case officer's steps in the console (consumer staff), for tests that tell a longer story: find an offering in the
 * catalogue and apply for participants through its own form, then read the application's delivery and the
 * organisation's share of its cost. The steps sign nobody in (the caller signs in as the case officer), rely on no
 * demo data, find everything by the pages' ids, and assert what the pages show as they go. They expect the
 * console in Swedish, as it is after signing in, since offerings are found by their Swedish titles.
 */
public final class ConsumerConsole {

    /**
     * One participant to apply for.
     *
     * @param answers the answers to the offering's form by field key; a choice by its value, yes/no as
     *                {@code true}/{@code false}
     */
    public record Participant(String name, String personalIdentityNumber, Map<String, String> answers) {
    }

    private static final String APPLY_FORM = "apply";

    private final ConsoleDriver console;

    public ConsumerConsole(ConsoleDriver console) {
        this.console = console;
    }

    /**
     * Searches the catalogue with this free text (e.g. "studievägledning"), asserts the offering with this Swedish
     * title is among the hits, opens its page, applies for these participants through its form; returns the new
     * application's id.
     *
     * <p>The application is in the offering's first delivery language, starts at the earliest a week from today (as
     * bootstrap's WorkedExampleIT applies), and states for each participant every target group the offering names
     * (the form offers only those) and, as their language, the delivery language.</p>
     */
    public String findAndApply(String query, String title, List<Participant> participants) {
        openOffering(query, title);
        for (int i = 1; i < participants.size(); i++) {
            console.click(APPLY_FORM + ":addParticipantButton");
            waitFor(participantInput(i, "name"));
        }
        console.type(APPLY_FORM + ":earliestStart", LocalDate.now(ZoneOffset.UTC).plusWeeks(1).toString());
        for (int i = 0; i < participants.size(); i++) {
            fill(i, participants.get(i));
        }
        console.click(APPLY_FORM + ":applyButton");
        new WebDriverWait(console.webDriver(), Duration.ofSeconds(20)).until(driver -> "/console/application.xhtml"
                .equals(console.path()) || !console.webDriver().findElements(By.cssSelector("[aria-invalid='true'], "
                + ".ui-state-error")).isEmpty());
        assertThat(console.path()).as("the application is accepted: %s", console.messages())
                .isEqualTo("/console/application.xhtml");
        console.checkPage("applied");
        assertThat(console.messages()).as("the page says it was received").contains("Ansökan är skickad.");
        String url = console.webDriver().getCurrentUrl();
        String id = url.substring(url.indexOf("id=") + 3).replaceAll("[&#].*", "");
        assertThat(console.text("applicationHeading")).isEqualTo(title);
        assertThat(console.text("participantsHeading")).isNotBlank();
        for (Participant participant : participants) {
            assertThat(console.text("main")).as("the participant is on the application").contains(participant.name());
        }
        return id;
    }

    /**
     * Opens this application and returns how the page identifies its delivery (asserting it is matched to one), so
     * two case officers' views can be compared.
     */
    public String deliveryOf(String applicationId) {
        openApplication(applicationId);
        assertThat(console.has("deliveryId")).as("the application is placed in a delivery: %s",
                console.text("decision")).isTrue();
        String delivery = console.text("deliveryId");
        assertThat(delivery).matches("[0-9a-f-]{36}");
        return delivery;
    }

    /**
     * The organisation's share of that application's delivery cost as shown, e.g. "13 000,00 kr" (in English
     * "SEK 13,000.00"); the browser reads the page's no-break spaces as spaces.
     */
    public String costShareOf(String applicationId) {
        openApplication(applicationId);
        assertThat(console.has("costShare")).as("the application is placed in a delivery").isTrue();
        String share = console.text("costShare");
        assertThat(share).isNotBlank();
        return share;
    }

    /** Searches the catalogue and opens the offering with this Swedish title from the hits. */
    public void openOffering(String query, String title) {
        console.open("/console/catalogue.xhtml");
        console.type("filters:q", query);
        console.click("filters:searchButton");
        String link = hit(title);
        console.click(link);
        assertThat(console.path()).isEqualTo("/console/offering.xhtml");
        assertThat(console.has("apply")).as("the offering takes applications").isTrue();
    }

    private void fill(int index, Participant participant) {
        console.type(participantInput(index, "name"), participant.name());
        if (participant.personalIdentityNumber() != null) {
            console.type(participantInput(index, "personalIdentityNumber"), participant.personalIdentityNumber());
        }
        Select language = new Select(console.visible(participantInput(index, "preferredLanguage")));
        language.selectByValue(new Select(console.visible(APPLY_FORM + ":language")).getFirstSelectedOption()
                .getAttribute("value"));
        for (int g = 0; console.has(participantInput(index, "targetGroups") + ":" + g); g++) {
            WebElement box = console.webDriver().findElement(By.id(participantInput(index, "targetGroups") + ":" + g));
            if (!box.isSelected()) {
                console.click(participantInput(index, "targetGroups") + ":" + g);
            }
        }
        participant.answers().forEach((key, value) -> {
            String id = participantInput(index, "answers_" + key);
            WebElement input = console.visible(id);
            if ("select".equals(input.getTagName())) {
                new Select(input).selectByValue(value);
            } else {
                console.type(id, value);
            }
        });
    }

    private static String participantInput(int index, String name) {
        return APPLY_FORM + ":participants_" + index + "__" + name;
    }

    private void openApplication(String applicationId) {
        console.open("/console/application.xhtml?id=" + applicationId);
        assertThat(console.path()).isEqualTo("/console/application.xhtml");
        assertThat(console.has("applicationHeading")).as("the application is shown: %s", console.messages())
                .isTrue();
    }

    private String hit(String title) {
        for (int i = 0; console.has("hits:offerings:" + i + ":open"); i++) {
            if (console.text("hits:offerings:" + i + ":open").equals(title)) {
                return "hits:offerings:" + i + ":open";
            }
        }
        throw new AssertionError("no hit titled " + title + " in " + console.text("hits:offerings"));
    }

    private void waitFor(String id) {
        new WebDriverWait(console.webDriver(), Duration.ofSeconds(20))
                .until(driver -> !driver.findElements(By.id(id)).isEmpty());
    }
}

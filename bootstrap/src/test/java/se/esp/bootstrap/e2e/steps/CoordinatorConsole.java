package se.esp.bootstrap.e2e.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.esp.bootstrap.e2e.browser.ConsoleDriver;

/**
 * A coordinator's steps in the console: approving a packaging from the review queue with every criterion met, and
 * verifying a competence from the verification queue. The caller has signed in as a coordinator.
 */
public final class CoordinatorConsole {

    private final ConsoleDriver console;

    public CoordinatorConsole(ConsoleDriver console) {
        this.console = console;
    }

    /** Finds the packaging with this Swedish title in the review queue, takes it up and approves it. */
    public void approve(String title) {
        console.open("/console/review-queue.xhtml");
        assertThat(console.text("queue")).as("it waits for review").contains(title);
        console.click(queueLink(title));
        assertThat(console.path()).isEqualTo("/console/review.xhtml");
        assertThat(console.text("packagingHeading")).isEqualTo(title);
        says("takeUp:startButton", "Granskningen är påbörjad.");
        says("verdict:approveButton", "Paketeringen är godkänd.");
        assertThat(console.text("status")).isEqualTo("Godkänd");
    }

    /** Verifies the pending competence of the person named so whose evidence reads so, with a remark. */
    public void verify(String person, String competence, String evidence, String remark) {
        console.open("/console/verification-queue.xhtml");
        int row = pendingRow(evidence);
        console.type("pendingForm:pending:" + row + ":remark", remark);
        says("pendingForm:pending:" + row + ":verifyButton",
                "Kompetensen " + competence + " hos " + person + " är verifierad.");
        assertThat(console.pageText()).doesNotContain(evidence);
    }

    private void says(String id, String message) {
        console.click(id);
        new WebDriverWait(console.webDriver(), Duration.ofSeconds(20))
                .until(driver -> console.messages().contains(message));
        console.checkPage("says-" + id);
    }

    private String queueLink(String title) {
        for (int i = 0; console.has("queue:" + i + ":open"); i++) {
            if (console.text("queue:" + i + ":open").equals(title)) {
                return "queue:" + i + ":open";
            }
        }
        throw new AssertionError("no link to " + title + " in the queue: " + console.text("queue"));
    }

    private int pendingRow(String evidence) {
        for (int i = 0; console.has("pendingForm:pending:" + i + ":remark"); i++) {
            String row = console.webDriver().findElement(By.id("pendingForm:pending:" + i + ":remark"))
                    .findElement(By.xpath("ancestor::tr")).getText();
            if (row.contains(evidence)) {
                return i;
            }
        }
        throw new AssertionError("no pending competence with " + evidence + ": " + console.pageText());
    }
}

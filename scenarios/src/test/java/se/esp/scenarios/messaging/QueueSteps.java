package se.esp.scenarios.messaging;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Steps of the inbound applications queue in English. */
public class QueueSteps {

    @When("a case officer of {string} sends an application for {int} participant(s) to {string} in {string} "
            + "from {string} on the queue with the key {string}")
    public void sendsWithKey(String consumer, int participants, String title, String language, String from,
                             String key) {
        QueueDriver.send(QueueDriver.application(title, participants, language, from),
                QueueDriver.token("CONSUMER_STAFF", consumer), key);
    }

    @When("a case officer of {string} sends an application for {int} participant(s) to {string} in {string} "
            + "from {string} on the queue")
    public void sends(String consumer, int participants, String title, String language, String from) {
        QueueDriver.send(QueueDriver.application(title, participants, language, from),
                QueueDriver.token("CONSUMER_STAFF", consumer), null);
    }

    @When("the broker delivers the same message again")
    public void deliversAgain() {
        QueueDriver.deliverAgain();
    }

    @When("a case officer of {string} sends {string} on the queue")
    public void sendsText(String consumer, String body) {
        QueueDriver.send(body, QueueDriver.token("CONSUMER_STAFF", consumer), null);
    }

    @When("a case officer of {string} sends an application to an offering that does not exist on the queue")
    public void sendsToUnknownOffering(String consumer) {
        QueueDriver.send(QueueDriver.application(null, 1, "ar", "2026-12-07"),
                QueueDriver.token("CONSUMER_STAFF", consumer), null);
    }

    @When("somebody without a token sends an application for {int} participant(s) to {string} in {string} "
            + "from {string} on the queue")
    public void sendsWithoutToken(int participants, String title, String language, String from) {
        QueueDriver.send(QueueDriver.application(title, participants, language, from), null, null);
    }

    @When("supplier staff of {string} send an application for {int} participant(s) to {string} in {string} "
            + "from {string} on the queue")
    public void supplierSends(String supplier, int participants, String title, String language, String from) {
        QueueDriver.send(QueueDriver.application(title, participants, language, from),
                QueueDriver.token("SUPPLIER_STAFF", supplier), null);
    }

    @Then("the queue accepts it as a new application")
    public void acceptedNew() {
        QueueDriver.assertAccepted(true);
    }

    @Then("the queue accepts it as the application it already has")
    public void acceptedAgain() {
        QueueDriver.assertAccepted(false);
    }

    @Then("{string} has {int} application(s)")
    public void hasApplications(String consumer, int count) {
        QueueDriver.assertApplicationCount(consumer, count);
    }

    @Then("the message is on the dead-letter queue because {string}")
    public void deadLettered(String reason) {
        QueueDriver.assertDeadLettered(reason, null);
    }

    @Then("the message is on the dead-letter queue because {string} of the field {string}")
    public void deadLetteredForField(String reason, String field) {
        QueueDriver.assertDeadLettered(reason, field);
    }

    @Then("nothing is on the dead-letter queue")
    public void nothingDeadLettered() {
        QueueDriver.assertNoDeadLetters();
    }
}

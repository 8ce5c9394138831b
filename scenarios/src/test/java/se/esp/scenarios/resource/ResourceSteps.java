package se.esp.scenarios.resource;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Resource steps in English. */
public class ResourceSteps {

    @Given("the resource {string} employed by {string} speaks {string} and has declared {string} until {string}")
    public void registered(String name, String employer, String languages, String competence, String expiresOn) {
        ResourceDriver.registered(name, employer, languages, competence, expiresOn);
    }

    @Given("the resource {string} employed by {string} speaks {string}, charges {string} an hour and has declared "
            + "{string} until {string}")
    public void registeredAtRate(String name, String employer, String languages, String rate, String competence,
                                 String expiresOn) {
        ResourceDriver.registered(name, employer, languages, competence, expiresOn, rate, 20);
    }

    @Given("the resource {string} employed by {string} speaks {string}, works at most {int} hour(s) a week and has "
            + "declared {string} until {string}")
    public void registeredWithCap(String name, String employer, String languages, int hours, String competence,
                                  String expiresOn) {
        ResourceDriver.registered(name, employer, languages, competence, expiresOn, "450.00", hours);
    }

    @Given("the independent resource {string} speaks {string} and has declared {string} until {string}")
    public void registeredIndependent(String name, String languages, String competence, String expiresOn) {
        ResourceDriver.registered(name, null, languages, competence, expiresOn);
    }

    @Given("a coordinator of {string} has verified the {string} competence of {string}")
    public void verifiedBy(String organisation, String competence, String name) {
        ResourceDriver.verifiedBy(name, competence, organisation);
    }

    @When("I verify the {string} competence of {string}")
    public void verify(String competence, String name) {
        ResourceDriver.verify(name, competence);
    }

    @When("I reject the {string} competence of {string} because {string}")
    public void reject(String competence, String name, String remark) {
        ResourceDriver.reject(name, competence, remark);
    }

    @When("I suspend {string} because {string}")
    public void suspend(String name, String reason) {
        ResourceDriver.suspend(name, reason);
    }

    @When("the date is {string}")
    public void dateIs(String date) {
        ResourceDriver.dateIs(date);
    }

    @Then("{string} is {string}")
    public void status(String name, String status) {
        ResourceDriver.assertStatus(name, status);
    }

    @Then("the {string} competence of {string} counts")
    public void counts(String competence, String name) {
        ResourceDriver.assertCounts(name, competence, true);
    }

    @Then("the {string} competence of {string} no longer counts")
    public void noLongerCounts(String competence, String name) {
        ResourceDriver.assertCounts(name, competence, false);
    }

    @Then("a {string} event for the resource {string} waits in the outbox")
    public void eventWaits(String type, String name) {
        ResourceDriver.assertEventWaiting(name, type);
    }
}

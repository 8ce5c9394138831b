package se.esp.scenarios.participant;

import java.sql.SQLException;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import se.esp.application.security.UserRole;
import se.esp.scenarios.support.World;

/** Participant steps in English. */
public class ParticipantSteps {

    @Given("the participant {string} speaking {string} and reachable at {string} is registered")
    public void registered(String name, String language, String email) {
        ParticipantDriver.registered(name, null, language, email, false);
    }

    @When("I register the participant {string} speaking {string} and reachable at {string}")
    public void register(String name, String language, String email) {
        ParticipantDriver.register(name, null, language, email, false);
    }

    @When("I register the participant {string} with personal identity number {string} speaking {string} for a form that asks for it")
    public void registerWithNumber(String name, String number, String language) {
        ParticipantDriver.register(name, number, language, null, true);
    }

    @When("I register the participant {string} with personal identity number {string} speaking {string} for a form that does not ask for it")
    public void registerWithUnaskedNumber(String name, String number, String language) {
        ParticipantDriver.register(name, number, language, null, false);
    }

    @When("I read the participant {string}")
    public void read(String name) {
        ParticipantDriver.read(name);
    }

    @When("I export the participant {string}")
    public void export(String name) {
        ParticipantDriver.export(name);
    }

    @When("I change the e-mail address of {string} to {string}")
    public void changeEmail(String name, String email) {
        ParticipantDriver.changeEmail(name, email);
    }

    @When("the participation of {string} is completed")
    public void complete(String name) {
        ParticipantDriver.complete(name);
    }

    @Given("personal data is kept for {int} months after completion")
    public void retention(int months) {
        ParticipantDriver.retention(months);
    }

    @When("{int} months and {int} day(s) pass")
    public void timePasses(int months, int days) {
        ParticipantDriver.timePasses(months, days);
    }

    @When("the retention job runs")
    public void retentionJobRuns() {
        ParticipantDriver.retentionJobRuns();
    }

    @Then("I see the participant {string}")
    public void iSee(String name) {
        ParticipantDriver.assertSeesName(name);
    }

    @Then("{string} is {int} years old on {string}")
    public void age(String name, int years, String day) {
        ParticipantDriver.assertAge(name, years, day);
    }

    @Then("the e-mail address of {string} is {string}")
    public void email(String name, String email) {
        ParticipantDriver.assertStoredEmail(name, email);
    }

    @Then("the audit log of {string} holds a refused read by staff of {string}")
    public void refusedReadLogged(String name, String organisationNumber) {
        ParticipantDriver.assertRefusedAttemptLogged(name, organisationNumber);
    }

    @Then("every read of {string} in this scenario is in the audit log")
    public void everyReadLogged(String name) {
        ParticipantDriver.assertEveryReadLogged(name);
    }

    @Then("the audit log of {string} holds {int} change(s)")
    public void changesLogged(String name, int changes) {
        ParticipantDriver.assertChangesLogged(name, changes);
    }

    @Then("{string} is anonymised")
    public void anonymised(String name) {
        ParticipantDriver.assertAnonymised(name);
    }

    @Then("the personal data of {string} is still kept")
    public void kept(String name) {
        ParticipantDriver.assertKept(name);
    }

    @Then("{string} is still counted as a participant of {string}")
    public void stillCounted(String name, String number) {
        ParticipantDriver.assertStillCountedFor(name, number);
    }

    @Then("the outbox tells that {string} was anonymised")
    public void outboxTells(String name) {
        ParticipantDriver.assertAnonymisationAnnounced(name);
    }

    @Then("the storage holds the name of {string}")
    public void storageHolds(String name) {
        ParticipantDriver.assertStorageHolds(name);
    }

    @Then("no table, outbox entry, audit line or log line holds the name or identity number of {string}")
    public void nowhere(String name) throws SQLException {
        ParticipantDriver.assertNoPersonalDataAnywhere(name);
    }

    static void actAs(UserRole role, String organisationNumber) {
        World world = World.current();
        world.actAs(role, world.organisation(organisationNumber));
    }
}

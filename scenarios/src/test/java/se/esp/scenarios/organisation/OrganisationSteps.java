package se.esp.scenarios.organisation;

import java.util.Set;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.scenarios.support.World;

/** Organisation steps in English. */
public class OrganisationSteps {

    @Given("I am a platform administrator")
    public void iAmAPlatformAdministrator() {
        World.current().actAs(UserRole.PLATFORM_ADMINISTRATOR, null);
    }

    @Given("I am consumer staff of {string}")
    public void iAmConsumerStaffOf(String number) {
        OrganisationDriver.actAs(UserRole.CONSUMER_STAFF, number);
    }

    @Given("the {kind} {string} with organisation number {string} and population {long} is registered as {roles}")
    public void registeredWithPopulation(OrganisationKind kind, String name, String number, long population,
                                         Set<OrganisationRole> roles) {
        OrganisationDriver.registered(kind, name, number, population, roles);
    }

    @When("I register the {kind} {string} with organisation number {string} and population {long} as {roles}")
    public void registerWithPopulationAndRoles(OrganisationKind kind, String name, String number, long population,
                                               Set<OrganisationRole> roles) {
        OrganisationDriver.register(kind, name, number, population, roles);
    }

    @When("I register the {kind} {string} with organisation number {string} and population {long}")
    public void registerWithPopulation(OrganisationKind kind, String name, String number, long population) {
        OrganisationDriver.register(kind, name, number, population, Set.of());
    }

    @When("I register the {kind} {string} with organisation number {string}")
    public void register(OrganisationKind kind, String name, String number) {
        OrganisationDriver.register(kind, name, number, null, Set.of());
    }

    @When("{string} is renamed to {string} based on version {long}")
    public void renamed(String number, String name, long version) {
        OrganisationDriver.rename(number, name, version);
    }

    @When("I let {string} play the roles {roles}")
    public void letPlay(String number, Set<OrganisationRole> roles) {
        OrganisationDriver.changeRoles(number, roles);
    }

    @Then("{string} is registered as {string}")
    public void isRegisteredAs(String number, String name) {
        OrganisationDriver.assertRegisteredAs(number, name);
    }

    @Then("the organisation number of {string} is kept as {string}")
    public void keptAs(String number, String digits) {
        OrganisationDriver.assertKeptAs(number, digits);
    }

    @Then("{string} plays the roles {roles}")
    public void plays(String number, Set<OrganisationRole> roles) {
        OrganisationDriver.assertPlays(number, roles);
    }

    @Then("an {string} event for {string} waits in the outbox")
    public void eventWaits(String type, String number) {
        OrganisationDriver.assertEventWaiting(number, type);
    }

    @Then("it is refused because {string} has {string}")
    public void refusedBecause(String field, String code) {
        OrganisationDriver.assertRefusedBecause(field, code);
    }

    @Then("it is refused with {string}")
    public void refusedWith(String code) {
        OrganisationDriver.assertRefusedWith(code);
    }

    @Then("the platform has {int} organisation(s)")
    public void count(int expected) {
        OrganisationDriver.assertCount(expected);
    }
}

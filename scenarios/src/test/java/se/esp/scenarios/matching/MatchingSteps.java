package se.esp.scenarios.matching;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Matching, application and delivery steps in English. */
public class MatchingSteps {

    @Given("{string} offers {string} needing {string}, delivered in {string} with {int} session(s) of {int} minutes "
            + "a week for {int} weeks to groups of {int} to {int} at {string} per participant")
    public void offers(String supplier, String title, String competences, String languages, int sessions,
                       int minutes, int weeks, int min, int max, String price) {
        MatchingDriver.offers(supplier, title, competences, languages, sessions, minutes, weeks, min, max, price);
    }

    @Given("{string} applies for {int} participant(s) to {string} in {string} from {string}")
    public void applies(String consumer, int participants, String offering, String language, String from) {
        MatchingDriver.applies(consumer, participants, offering, language, from, false);
    }

    @Given("{string} urgently applies for {int} participant(s) to {string} in {string} from {string}")
    public void appliesUrgently(String consumer, int participants, String offering, String language, String from) {
        MatchingDriver.applies(consumer, participants, offering, language, from, true);
    }

    @When("{string} cancels its application in {string}")
    public void cancels(String consumer, String language) {
        MatchingDriver.cancel(MatchingDriver.label(consumer, language));
    }

    @When("the supplier starts the delivery of the application of {string} in {string}")
    public void starts(String consumer, String language) {
        MatchingDriver.start(MatchingDriver.label(consumer, language));
    }

    @When("the supplier completes the delivery of the application of {string} in {string} with every participant "
            + "completed")
    public void completes(String consumer, String language) {
        MatchingDriver.complete(MatchingDriver.label(consumer, language));
    }

    @When("the supplier cancels the delivery of the application of {string} in {string} because {string}")
    public void cancelsDelivery(String consumer, String language, String reason) {
        MatchingDriver.cancelDelivery(MatchingDriver.label(consumer, language), reason);
    }

    @Then("the application of {string} in {string} is placed anew with {string}")
    public void placedAnew(String consumer, String language, String resource) {
        MatchingDriver.assertPlacedAnew(MatchingDriver.label(consumer, language), resource);
    }

    @When("I read the application of {string} in {string}")
    public void read(String consumer, String language) {
        MatchingDriver.readAsActor(MatchingDriver.label(consumer, language));
    }

    @When("I read the participants of the application of {string} in {string}")
    public void readParticipants(String consumer, String language) {
        MatchingDriver.readParticipantsAsActor(MatchingDriver.label(consumer, language));
    }

    @Then("I see them")
    public void seen() {
        se.esp.scenarios.support.World.current().requireLastSucceeded();
    }

    @Then("the applications of {string} in {string} and {string} in {string} share one delivery led by {string}")
    public void shareOneDelivery(String first, String firstLanguage, String second, String secondLanguage,
                                 String resource) {
        MatchingDriver.assertShareOneDelivery(MatchingDriver.label(first, firstLanguage),
                MatchingDriver.label(second, secondLanguage), resource);
    }

    @Then("the application of {string} in {string} is placed with {string}")
    public void placedWith(String consumer, String language, String resource) {
        MatchingDriver.assertPlacedWith(MatchingDriver.label(consumer, language), resource);
    }

    @Then("the application of {string} in {string} waits because {string}")
    public void waits(String consumer, String language, String reason) {
        MatchingDriver.assertWaits(MatchingDriver.label(consumer, language), reason);
    }

    @Then("the application of {string} in {string} is {string}")
    public void status(String consumer, String language, String status) {
        MatchingDriver.assertStatus(MatchingDriver.label(consumer, language), status);
    }

    @Then("the explanation for {string} in {string} says {string}")
    public void explanation(String consumer, String language, String text) {
        MatchingDriver.assertExplanation(MatchingDriver.label(consumer, language), text);
    }

    @Then("the delivery of {string} in {string} costs {string}, split {string} to {string} and {string} to {string}")
    public void costSplit(String consumer, String language, String cost, String firstAmount, String first,
                          String secondAmount, String second) {
        MatchingDriver.assertCostSplit(MatchingDriver.label(consumer, language), cost, firstAmount, first,
                secondAmount, second);
    }

    @Then("the application of {string} in {string} still holds its participants' answers")
    public void answersKept(String consumer, String language) {
        MatchingDriver.assertAnswersErased(MatchingDriver.label(consumer, language), false);
    }

    @Then("the application of {string} in {string} no longer holds its participants' answers")
    public void answersErased(String consumer, String language) {
        MatchingDriver.assertAnswersErased(MatchingDriver.label(consumer, language), true);
    }

    @Then("the participations of the application of {string} in {string} are completed")
    public void participationsCompleted(String consumer, String language) {
        MatchingDriver.assertParticipantsCompleted(MatchingDriver.label(consumer, language));
    }

    @When("a platform administrator suspends {string} because {string}")
    public void suspendOffering(String offering, String reason) {
        MatchingDriver.suspendOffering(offering, reason);
    }

    @When("a platform administrator resumes {string}")
    public void resumeOffering(String offering) {
        MatchingDriver.resumeOffering(offering);
    }

    @When("the matching sweep runs")
    public void sweep() {
        MatchingDriver.sweep();
    }

    @Then("the sweep requested the day's matching run")
    public void dailyRunRequested() {
        MatchingDriver.assertDailyRunRequested(true);
    }

    @Then("the sweep requested no daily matching run")
    public void noDailyRunRequested() {
        MatchingDriver.assertDailyRunRequested(false);
    }
}

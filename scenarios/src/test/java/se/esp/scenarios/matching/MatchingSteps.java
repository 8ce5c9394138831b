package se.esp.scenarios.matching;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Matching steps in English. */
public class MatchingSteps {

    @Given("the offering {string} needs {string}, is delivered in {string} with {int} session(s) of {int} minutes "
            + "a week for {int} weeks to groups of {int} to {int}")
    public void offering(String title, String competences, String languages, int sessions, int minutes, int weeks,
                         int min, int max) {
        MatchingDriver.offering(title, competences, languages, sessions, minutes, weeks, min, max);
    }

    @Given("{string} applies for {int} participant(s) to {string} in {string} from {string}")
    public void applies(String consumer, int participants, String offering, String language, String from) {
        MatchingDriver.applies(consumer, participants, offering, language, from, false);
    }

    @Given("{string} urgently applies for {int} participant(s) to {string} in {string} from {string}")
    public void appliesUrgently(String consumer, int participants, String offering, String language, String from) {
        MatchingDriver.applies(consumer, participants, offering, language, from, true);
    }

    @When("matching runs")
    public void matchingRuns() {
        MatchingDriver.run();
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

    @Then("the explanation for {string} in {string} says {string}")
    public void explanation(String consumer, String language, String text) {
        MatchingDriver.assertExplanation(MatchingDriver.label(consumer, language), text);
    }

    @Then("the delivery's cost of {string} is split {string} to {string} and {string} to {string}")
    public void costSplit(String cost, String firstAmount, String first, String secondAmount, String second) {
        MatchingDriver.assertCostSplit(cost, firstAmount, first, secondAmount, second);
    }
}

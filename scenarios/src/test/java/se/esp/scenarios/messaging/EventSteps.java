package se.esp.scenarios.messaging;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Event steps in English. */
public class EventSteps {

    @Given("the broker is unavailable")
    public void theBrokerIsUnavailable() {
        EventDriver.brokerUnavailable();
    }

    @Given("the broker accepts only {int} more message(s)")
    public void theBrokerAcceptsOnly(int count) {
        EventDriver.brokerAcceptsOnly(count);
    }

    @When("the broker is available again")
    public void theBrokerIsAvailableAgain() {
        EventDriver.brokerAvailable();
    }

    @When("the events are relayed")
    public void theEventsAreRelayed() {
        EventDriver.relay();
    }

    @Then("these events are published, in order:")
    public void theseEventsArePublished(DataTable events) {
        EventDriver.assertPublished(events.cells().subList(1, events.height()));
    }

    @Then("no event has been published")
    public void noEventHasBeenPublished() {
        EventDriver.assertNothingPublished();
    }

    @Then("{long} event(s) wait(s) to be published")
    public void eventsWait(long count) {
        EventDriver.assertWaiting(count);
    }
}

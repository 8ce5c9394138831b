package se.esp.scenarios.statistics;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The English phrases of the statistics features. */
public class StatisticsSteps {

    @When("I read the consumer statistics of {string} from {string} to {string}")
    public void consumer(String organisation, String from, String to) {
        StatisticsDriver.consumer(organisation, from, to);
    }

    @When("I read the supplier statistics of {string} from {string} to {string}")
    public void supplier(String organisation, String from, String to) {
        StatisticsDriver.supplier(organisation, from, to);
    }

    @When("I read the platform statistics from {string} to {string}")
    public void platform(String from, String to) {
        StatisticsDriver.platform(from, to);
    }

    @Then("the statistics show:")
    public void shows(DataTable table) {
        StatisticsDriver.shows(table.asLists());
    }

    @Then("the statistics of the offering {string} show:")
    public void offeringShows(String title, DataTable table) {
        StatisticsDriver.offeringShows(title, table.asLists());
    }

    @Then("the fee revenue from {string} under the rule {string} is {string}")
    public void feeRevenue(String kind, String rule, String amount) {
        StatisticsDriver.feeRevenue(kind, rule, amount);
    }

    @Then("{string} is used by {long} municipalities and {long} consumer organisations")
    public void coverage(String title, long municipalities, long consumers) {
        StatisticsDriver.coverage(title, municipalities, consumers);
    }
}

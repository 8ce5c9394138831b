package se.esp.scenarios.catalogue;

import io.cucumber.java.en.Then;

/** Catalogue steps in English. */
public class CatalogueSteps {

    @Then("the catalogue shows {string} with its next start on {string} in {string} and {int} application(s) waiting")
    public void showsCapacity(String title, String nextStart, String language, int waiting) {
        CatalogueDriver.showsCapacity(title, nextStart, language, waiting);
    }

    @Then("searching the catalogue for what can start within {int} days finds {string}")
    public void finds(int days, String title) {
        CatalogueDriver.startingWithinFinds(days, title, true);
    }

    @Then("searching the catalogue for what can start within {int} days leaves out {string}")
    public void leavesOut(int days, String title) {
        CatalogueDriver.startingWithinFinds(days, title, false);
    }
}

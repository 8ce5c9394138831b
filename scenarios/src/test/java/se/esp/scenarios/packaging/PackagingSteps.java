package se.esp.scenarios.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import se.esp.application.port.in.packaging.Baseline;
import se.esp.domain.packaging.VariantCosting;
import se.esp.domain.shared.Money;

/** Packaging, review, costing and catalogue steps in English. */
public class PackagingSteps {

    @Given("the supplier organisations {string} and {string} are registered")
    public void suppliersRegistered(String first, String second) {
        PackagingDriver.registerSuppliers(first, second);
    }

    @When("I package {string} \\(in English {string}) delivered in {string} at {string} per participant")
    public void packageService(String title, String english, String languages, String price) {
        PackagingDriver.packageService(title, english, languages, price);
    }

    @When("I start a packaging with nothing but the title {string}")
    public void startIncomplete(String title) {
        PackagingDriver.startIncomplete(title);
    }

    @When("I submit {string}")
    public void submit(String title) {
        PackagingDriver.submit(title);
    }

    @When("I submit {string} for review")
    public void submitForReview(String title) {
        PackagingDriver.submit(title);
        se.esp.scenarios.support.World.current().requireLastSucceeded();
    }

    @When("I take {string} up for review")
    public void takeUp(String title) {
        PackagingDriver.takeUpForReview(title);
    }

    @When("I judge {string} failing {string} with the remark {string}")
    public void judgeFailing(String title, String criterion, String remark) {
        PackagingDriver.judge(title, criterion, remark);
    }

    @When("I judge {string} passing every criterion")
    public void judgePassing(String title) {
        PackagingDriver.judge(title, null, null);
    }

    @When("I describe {string} in Swedish as {string}")
    public void describe(String title, String description) {
        PackagingDriver.describe(title, description);
    }

    @When("I change the title of {string} to {string}")
    public void retitle(String title, String newTitle) {
        PackagingDriver.retitle(title, newTitle);
    }

    @When("I change the price of {string} to {string}")
    public void reprice(String title, String price) {
        PackagingDriver.reprice(title, price);
    }

    @When("I publish {string}")
    public void publish(String title) {
        PackagingDriver.publish(title);
    }

    @When("I start a revision of {string}")
    public void startRevision(String title) {
        PackagingDriver.startRevision(title);
    }

    @Given("{string} costs {string} an hour for {int} online sessions of {int} minutes needing {string} hours each, "
            + "with materials {string} and licences {string} per delivery")
    public void costed(String title, String rate, int sessions, int minutes, String hours, String materials,
                       String licences) {
        PackagingDriver.cost(title, rate, sessions, minutes, hours, materials, licences);
    }

    @When("I ask what {string} costs at group size {int}")
    public void askCosting(String title, int groupSize) {
        PackagingDriver.askCosting(title, groupSize);
    }

    @When("I ask what changed in {string} since it was returned")
    public void askSinceReturned(String title) {
        PackagingDriver.askWhatChanged(title, Baseline.RETURNED);
    }

    @When("I ask what changed in {string} since the version on offer")
    public void askSinceOffered(String title) {
        PackagingDriver.askWhatChanged(title, Baseline.OFFERED);
    }

    @Then("it is compared with the draft returned because {string} failed with the remark {string}")
    public void comparedWithReturned(String criterion, String remark) {
        PackagingDriver.assertComparedWithReturnedDraft(criterion, remark);
    }

    @Then("it is compared with version {int} on offer")
    public void comparedWithOffered(int version) {
        PackagingDriver.assertComparedWithVersionOnOffer(version);
    }

    @Then("there is no such version to compare with")
    public void nothingToCompare() {
        PackagingDriver.assertNothingToCompareWith();
    }

    @Then("exactly these fields changed:")
    public void changed(DataTable changes) {
        PackagingDriver.assertChanges(changes.cells().subList(1, changes.height()));
    }

    @Then("{string} has the status {string}")
    public void hasStatus(String title, String status) {
        PackagingDriver.assertStatus(title, status);
    }

    @Then("{string} was returned because {string} failed with the remark {string}")
    public void returnedWithRemark(String title, String criterion, String remark) {
        PackagingDriver.assertStatus(title, "RETURNED");
        PackagingDriver.assertRemark(title, criterion, remark);
    }

    @Then("the review history of {string} is {string}")
    public void history(String title, String outcomes) {
        PackagingDriver.assertHistory(title, outcomes);
    }

    @Then("it is refused as incomplete, missing {string}")
    public void incomplete(String fields) {
        PackagingDriver.assertIncomplete(fields);
    }

    @Then("{string} is still titled {string}")
    public void stillTitled(String title, String swedishTitle) {
        PackagingDriver.assertTitled(title, swedishTitle);
    }

    @Then("searching the catalogue for {string} finds {string} at {string}, version {int}")
    public void finds(String text, String title, String price, int version) {
        PackagingDriver.assertFound(text, title, price, version);
    }

    @Then("searching the catalogue for {string} finds nothing")
    public void findsNothing(String text) {
        PackagingDriver.assertNotFound(text);
    }

    @When("I rename the organisation {string} to {string}")
    public void renameOrganisation(String name, String newName) {
        PackagingDriver.renameOrganisation(name, newName);
    }

    @Then("searching the catalogue for {string} finds {string} supplied by {string}")
    public void findsFromSupplier(String text, String title, String supplier) {
        PackagingDriver.assertFoundFromSupplier(text, title, supplier);
    }

    @Then("the catalogue lists the supplier {string} with {int} offering(s) and no supplier {string}")
    public void supplierListed(String supplier, int offerings, String absent) {
        PackagingDriver.assertSupplierListed(supplier, offerings, absent);
    }

    @Then("filtering the catalogue by the supplier {string} finds only {string}")
    public void filteredBySupplier(String supplier, String title) {
        PackagingDriver.assertFilteredBySupplier(supplier, title);
    }

    @Then("the rename left the catalogue unchanged")
    public void catalogueUnchanged() {
        PackagingDriver.assertCatalogueUnchangedByRename();
    }

    @Then("the first version of {string} can still be read, titled {string}")
    public void firstVersionReadable(String title, String swedishTitle) {
        PackagingDriver.assertFirstVersionReadable(title, swedishTitle);
    }

    @Then("a digital delivery costs {string}, {string} per participant")
    public void deliveryCost(String total, String perParticipant) {
        VariantCosting digital = PackagingDriver.lastCosting().digital();
        assertThat(digital.cost().total()).isEqualTo(Money.parse(total));
        assertThat(digital.costPerParticipant()).isEqualTo(Money.parse(perParticipant));
    }

    @Then("the price per participant that covers it after the {string} % transaction fee is {string}")
    public void coveringPrice(String percent, String price) {
        assertThat(PackagingDriver.lastCosting().feeRate().percent()).isEqualByComparingTo(percent);
        assertThat(PackagingDriver.lastCosting().digital().coveringPricePerParticipant()).isEqualTo(Money.parse(price));
    }

    @Then("sold at its price the transaction fee is {string}, the supplier keeps {string} and breaks even at {int} participants")
    public void sale(String fee, String net, int breakEven) {
        VariantCosting digital = PackagingDriver.lastCosting().digital();
        assertThat(digital.sale().transactionFee()).isEqualTo(Money.parse(fee));
        assertThat(digital.sale().supplierNet()).isEqualTo(Money.parse(net));
        assertThat(digital.breakEvenGroupSize()).hasValue(breakEven);
    }

    @Then("a physical delivery costs {string}")
    public void physical(String total) {
        assertThat(PackagingDriver.lastCosting().physical().cost().total()).isEqualTo(Money.parse(total));
    }
}

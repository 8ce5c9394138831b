package se.esp.scenarios.credential;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Micro-credential steps in English. */
public class CredentialSteps {

    @Given("the owner has defined the micro-credential {string} titled {string} aligned to the ESCO occupation "
            + "{string} worth {string} credits")
    public void defined(String code, String title, String occupation, String credits) {
        CredentialDriver.define(code, title, occupation, credits);
    }

    @Given("{string} offers {string} leading to the micro-credential(s) {string}, needing {string}, delivered in "
            + "{string}")
    public void offers(String supplier, String title, String codes, String competence, String languages) {
        CredentialDriver.offers(supplier, title, codes, competence, languages);
    }

    @When("the supplier completes the delivery of the application of {string} in {string} with participant(s) "
            + "{string} not completed")
    public void completes(String consumer, String language, String numbers) {
        CredentialDriver.complete(consumer, language, numbers);
    }

    @Then("participant {int} of the application of {string} in {string} holds the micro-credential(s) {string}")
    public void holds(int number, String consumer, String language, String codes) {
        CredentialDriver.assertHolds(number, consumer, language, codes);
    }

    @Then("participant {int} of the application of {string} in {string} holds no micro-credential")
    public void holdsNone(int number, String consumer, String language) {
        CredentialDriver.assertHoldsNone(number, consumer, language);
    }

    @Then("{int} micro-credentials were issued in the delivery of the application of {string} in {string}, each "
            + "announced as an event")
    public void issued(int count, String consumer, String language) {
        CredentialDriver.assertIssuedForDelivery(count, consumer, language);
    }

    @When("supplier staff of {string} revoke the {string} credential of participant {int} of the application of "
            + "{string} in {string} because {string}")
    public void supplierRevokes(String organisation, String code, int number, String consumer, String language,
                                String reason) {
        CredentialDriver.revoke("SUPPLIER_STAFF", organisation, code, number, consumer, language, reason);
    }

    @When("consumer staff of {string} revoke the {string} credential of participant {int} of the application of "
            + "{string} in {string} because {string}")
    public void consumerRevokes(String organisation, String code, int number, String consumer, String language,
                                String reason) {
        CredentialDriver.revoke("CONSUMER_STAFF", organisation, code, number, consumer, language, reason);
    }

    @Then("the {string} credential of participant {int} of the application of {string} in {string} is revoked "
            + "because {string}, announced as an event")
    public void revoked(String code, int number, String consumer, String language, String reason) {
        CredentialDriver.assertRevoked(number, consumer, language, code, reason);
    }

    @Then("the {string} credential of participant {int} of the application of {string} in {string} is not revoked")
    public void notRevoked(String code, int number, String consumer, String language) {
        CredentialDriver.assertNotRevoked(number, consumer, language, code);
    }

    @Then("the data export of participant {int} of the application of {string} in {string} holds the "
            + "micro-credentials {string}, {string} revoked because {string}")
    public void exportHolds(int number, String consumer, String language, String codes, String revokedCode,
                            String reason) {
        CredentialDriver.assertExportHolds(number, consumer, language, codes, revokedCode, reason);
    }

    @Then("participant {int} of the application of {string} in {string} is anonymised")
    public void anonymised(int number, String consumer, String language) {
        CredentialDriver.assertAnonymised(number, consumer, language);
    }

    @When("consumer staff export the {string} credential of participant {int} of the application of {string} in "
            + "{string} as a signed Open Badge")
    public void exports(String code, int number, String consumer, String language) {
        OpenBadgeDriver.export(code, number, consumer, language);
    }

    @Then("the exported credential verifies as valid, its signature checks with the owner's published key, and it "
            + "names the participant only by a salted hash")
    public void verifiesAsValid() {
        OpenBadgeDriver.assertVerifiesAsValid();
    }

    @When("someone changes the exported credential's content after it was signed")
    public void tampers() {
        OpenBadgeDriver.tamper();
    }

    @Then("the exported credential fails verification as tampered")
    public void failsAsTampered() {
        OpenBadgeDriver.assertFailsAsTampered();
    }

    @Then("the exported credential verifies as revoked because {string}")
    public void verifiesAsRevoked(String reason) {
        OpenBadgeDriver.assertVerifiesAsRevoked(reason);
    }
}

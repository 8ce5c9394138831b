package se.esp.scenarios.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import se.esp.application.security.UserRole;
import se.esp.domain.fee.BillingPeriod;
import se.esp.domain.fee.CostKey;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.settlement.LineKind;
import se.esp.scenarios.support.World;

/** Fee and settlement steps in English. */
public class FeeSteps {

    @Given("the owner {string} with organisation number {string} is registered")
    public void ownerRegistered(String name, String number) {
        SettlementDriver.registerWithoutPopulation(OrganisationKind.OWNER, name, number);
    }

    @Given("the partner company {string} with organisation number {string} is registered")
    public void partnerRegistered(String name, String number) {
        SettlementDriver.registerWithoutPopulation(OrganisationKind.COMPANY, name, number, OrganisationRole.PARTNER);
    }

    @Given("the demo fee schedule applies from {int}")
    public void demoSchedule(int year) {
        SettlementDriver.establishDemoSchedule(year);
    }

    @Given("today is {string}")
    public void today(String day) {
        SettlementDriver.today(LocalDate.parse(day));
    }

    @When("{string} agrees to a partner fee of {string} per month from {string}")
    public void partnerFee(String number, String fee, String startsOn) {
        SettlementDriver.agreePartnership(number, fee, BillingPeriod.MONTH, LocalDate.parse(startsOn));
    }

    @Given("{string} became a member on {string}")
    public void member(String number, String joinedOn) {
        SettlementDriver.admitMember(number, LocalDate.parse(joinedOn));
    }

    @When("a joint cost {string} of {string} is split by population in {string} between {string}")
    public void jointCost(String description, String amount, String month, String numbers) {
        SettlementDriver.recordJointCost(description, amount, CostKey.BY_POPULATION,
                Arrays.stream(numbers.split(",| and ")).map(String::strip).toList(), YearMonth.parse(month));
    }

    @Given("{string} sold {string} on {string} at {string} per participant to:")
    public void sold(String supplier, String deliveryId, String day, String price, DataTable buyers) {
        List<Object[]> rows = buyers.asLists().stream()
                .map(r -> new Object[] {r.get(0), Long.parseLong(r.get(1))}).toList();
        SettlementDriver.sold(deliveryId, supplier, LocalDate.parse(day), price, rows, lastEmployer, lastHours,
                lastRate);
    }

    private String lastEmployer;
    private String lastHours;
    private String lastRate;

    @Given("the delivery is led by a resource employed by {string} for {string} hours at {string}")
    public void resource(String employer, String hours, String rate) {
        lastEmployer = employer;
        lastHours = hours;
        lastRate = rate;
    }

    @When("{string} is cancelled")
    public void cancelled(String deliveryId) {
        SettlementDriver.cancel(deliveryId);
    }

    @When("{string} is settled")
    public void settled(String month) {
        SettlementDriver.settle(YearMonth.parse(month));
        World.current().requireLastSucceeded();
    }

    @When("{string} is closed")
    public void closed(String month) {
        SettlementDriver.close(YearMonth.parse(month));
    }

    @Given("I am consumer staff of the municipality {string}")
    public void consumerStaff(String number) {
        World.current().actAs(UserRole.CONSUMER_STAFF, SettlementDriver.id(number));
    }

    @When("I read the statement of {string} for {string}")
    public void readStatement(String number, String month) {
        SettlementDriver.readStatement(number, YearMonth.parse(month));
    }

    @Then("{string} owes {string} as partner fee in {string}")
    public void owesPartnerFee(String number, String amount, String month) {
        SettlementDriver.assertLine(number, YearMonth.parse(month), LineKind.PARTNER_FEE, "-" + amount);
    }

    @Then("{string} owes {string} as annual membership fee in {string}")
    public void owesAnnualFee(String number, String amount, String month) {
        SettlementDriver.assertLine(number, YearMonth.parse(month), LineKind.MEMBERSHIP_ANNUAL_FEE, "-" + amount);
    }

    @Then("the net of {string} in {string} is {string}")
    public void net(String number, String month, String amount) {
        SettlementDriver.assertNet(number, YearMonth.parse(month), amount);
    }

    @Then("{string} sums to exactly 0.00")
    public void sumsToZero(String month) {
        SettlementDriver.assertSumsToZero(YearMonth.parse(month));
    }

    @Then("the shares of the joint cost of {string} in {string} are:")
    public void shares(String total, String month, DataTable shares) {
        SettlementDriver.assertJointCostShares(YearMonth.parse(month), total,
                shares.asLists().stream().map(r -> new String[] {r.get(0), r.get(1)}).toList());
    }

    @Then("{string} is credited {string} in {string} as a correction of {string}")
    public void credited(String number, String amount, String month, String corrects) {
        SettlementDriver.assertCorrection(number, YearMonth.parse(month), amount, YearMonth.parse(corrects));
    }

    @Then("{string} stays closed with the net of {string} at {string}")
    public void staysClosed(String month, String number, String amount) {
        SettlementDriver.assertClosedUnchanged(YearMonth.parse(month), number, amount);
    }

    @io.cucumber.java.Before
    public void ownersChoiceIsTheDefault() {
        SettlementDriver.resetOwedDocument();
    }

    @Given("the owner sends payment advices for money owed")
    public void paymentAdvices() {
        SettlementDriver.owedDocument(se.esp.domain.settlement.OwedMoneyDocument.PAYMENT_ADVICE);
    }

    @When("I try to close {string}")
    public void tryClose(String month) {
        SettlementDriver.tryClose(YearMonth.parse(month));
    }

    @When("{string} leaves on {string}")
    public void leaves(String number, String lastDay) {
        SettlementDriver.endMembership(number, LocalDate.parse(lastDay));
    }

    @Then("{string} is refunded {string} of the annual membership fee in {string}")
    public void refunded(String number, String amount, String month) {
        SettlementDriver.assertLine(number, YearMonth.parse(month), LineKind.MEMBERSHIP_ANNUAL_FEE, amount);
    }

    @Then("{string} owes {string} as membership entry fee in {string}")
    public void owesEntryFee(String number, String amount, String month) {
        SettlementDriver.assertLine(number, YearMonth.parse(month), LineKind.MEMBERSHIP_ENTRY_FEE, "-" + amount);
    }

    @Then("the documents of {string} for {string} are:")
    public void documents(String number, String month, DataTable expected) {
        SettlementDriver.assertDocuments(number, YearMonth.parse(month), expected.asLists());
    }

    @Then("{string} has no documents for {string}")
    public void noDocuments(String number, String month) {
        SettlementDriver.assertDocuments(number, YearMonth.parse(month), List.of());
    }

    @When("a joint cost {string} of {string} is split equally in {string} between {string}")
    public void jointCostEqually(String description, String amount, String month, String numbers) {
        SettlementDriver.recordJointCostIn(description, amount,
                Arrays.stream(numbers.split(",| and ")).map(String::strip).toList(), YearMonth.parse(month));
    }

    @Then("{string} has been settled {int} times")
    public void runs(String month, int runs) {
        SettlementDriver.assertRuns(YearMonth.parse(month), runs);
    }

    @When("{string} takes part at level {string} from {string}")
    public void level(String number, String level, String from) {
        SettlementDriver.changeFeeBasis(number, se.esp.domain.organisation.ParticipationLevel.valueOf(level), null,
                LocalDate.parse(from));
    }

    @When("the population of {string} is {long} from {string}")
    public void population(String number, long population, String from) {
        SettlementDriver.changeFeeBasis(number, null, population, LocalDate.parse(from));
    }

    @Then("{string} owes {string} as participation fee in {string}")
    public void owesParticipationFee(String number, String amount, String month) {
        SettlementDriver.assertLine(number, YearMonth.parse(month), LineKind.PARTICIPATION_FEE, "-" + amount);
    }
}

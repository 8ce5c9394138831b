package se.esp.scenarios.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import se.esp.application.delivery.DeliverySettlement;
import se.esp.application.port.in.fee.FeeScheduleCommands;
import se.esp.application.settlement.FeeSettlementSource;
import se.esp.application.settlement.SettlementService;
import se.esp.application.port.in.organisation.RegisterOrganisationCommand;
import se.esp.domain.fee.BillingPeriod;
import se.esp.domain.fee.CostKey;
import se.esp.domain.fee.CostShare;
import se.esp.domain.fee.ExampleFeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.settlement.Purchase;
import se.esp.domain.settlement.ResourceHours;
import se.esp.domain.settlement.SettlementDocument;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.settlement.SoldDelivery;
import se.esp.domain.settlement.Statement;
import se.esp.domain.shared.Money;
import se.esp.scenarios.support.World;

/** What the fee and settlement steps do, whatever language they are written in. */
final class SettlementDriver {

    private SettlementDriver() {
    }

    private static World world() {
        return World.current();
    }

    static OrganisationId id(String number) {
        World world = world();
        return world.storage.transactions().inTransaction(() ->
                        world.storage.organisations().findByNumber(OrganisationNumber.parse(number)))
                .map(Organisation::id)
                .orElseThrow(() -> new AssertionError("no organisation " + number + " is registered"));
    }

    static void registerWithoutPopulation(OrganisationKind kind, String name, String number, OrganisationRole... roles) {
        World world = world();
        world.attempt(() -> world.organisations.register(world.actor(), new RegisterOrganisationCommand(
                OrganisationNumber.parse(number), new OrganisationProfile(new OrganisationName(name), kind, null, null),
                roles.length == 0 ? java.util.Set.of() : java.util.Set.of(roles))));
        world.requireLastSucceeded();
    }

    static void establishDemoSchedule(int year) {
        World world = world();
        world.attempt(() -> world.feeSchedule.establish(world.actor(), new FeeScheduleCommands.Establish(
                new RatesVersion(LocalDate.of(year, 1, 1), ExampleFeeRates.pricesOf(year)))));
        world.requireLastSucceeded();
    }

    private static FeeSchedule schedule() {
        World world = world();
        return world.storage.transactions().inTransaction(() -> world.storage.feeSchedules().find()).orElseThrow();
    }

    static void agreePartnership(String number, String fee, BillingPeriod per, LocalDate startsOn) {
        World world = world();
        world.attempt(() -> world.feeSchedule.agreePartnership(world.actor(), new FeeScheduleCommands.AgreePartnership(
                schedule().version(), id(number), Money.parse(fee), per, startsOn, null)));
    }

    static void admitMember(String number, LocalDate joinedOn) {
        World world = world();
        world.attempt(() -> world.feeSchedule.admitMember(world.actor(), new FeeScheduleCommands.AdmitMember(
                schedule().version(), id(number), joinedOn)));
        world.requireLastSucceeded();
    }

    static void recordJointCost(String description, String amount, CostKey key, List<String> numbers,
                                YearMonth month) {
        World world = world();
        List<CostShare> shares = new ArrayList<>();
        numbers.forEach(n -> shares.add(new CostShare(id(n), 0)));
        world.attempt(() -> world.feeSchedule.recordJointCost(world.actor(), new FeeScheduleCommands.RecordJointCost(
                schedule().version(), description, Money.parse(amount), key, shares, month)));
        world.requireLastSucceeded();
    }

    static void sold(String deliveryId, String supplier, LocalDate soldOn, String pricePerParticipant,
                     List<Object[]> buyers, String employer, String hours, String rate) {
        List<Purchase> purchases = new ArrayList<>();
        long participants = 0;
        for (Object[] buyer : buyers) {
            purchases.add(new Purchase(id((String) buyer[0]), "application-" + buyer[0], (Long) buyer[1]));
            participants += (Long) buyer[1];
        }
        world().deliveries.sold(new SoldDelivery(deliveryId, id(supplier), soldOn,
                Money.parse(pricePerParticipant).times(participants), purchases,
                List.of(new ResourceHours("study-guide", id(employer), new BigDecimal(hours), Money.parse(rate)))));
    }

    static void cancel(String deliveryId) {
        world().deliveries.cancel(deliveryId, YearMonth.from(world().clock.instant().atZone(ZoneOffset.UTC)));
    }

    static void today(LocalDate day) {
        world().clock.set(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    static void settle(YearMonth month) {
        World world = world();
        world.attempt(() -> world.settlement.settle(world.actor(), month));
    }

    static void close(YearMonth month) {
        World world = world();
        world.attempt(() -> world.settlement.close(world.actor(), month));
        world.requireLastSucceeded();
    }

    static SettlementPeriod period(YearMonth month) {
        World world = world();
        return world.storage.transactions().inTransaction(() -> world.storage.settlementPeriods().find(month))
                .orElseThrow(() -> new AssertionError(month + " has not been settled"));
    }

    /** One organisation's statement as stored: the period's totals with that organisation's lines. */
    static Statement statement(YearMonth month, String number) {
        World world = world();
        return world.storage.transactions().inTransaction(() -> period(month).statement(id(number),
                world.storage.settlementPeriods().linesOf(month, id(number))));
    }

    static List<SettlementLine> lines(YearMonth month) {
        World world = world();
        return world.storage.transactions().inTransaction(() -> world.storage.settlementPeriods().lines(month));
    }

    static void readStatement(String number, YearMonth month) {
        World world = world();
        world.attempt(() -> world.settlement.statement(world.actor(), month, id(number)));
    }

    static void assertNet(String number, YearMonth month, String amount) {
        Statement statement = statement(month, number);
        assertThat(statement.net()).as(number + " in " + month).isEqualTo(Money.parse(amount));
    }

    static void assertSumsToZero(YearMonth month) {
        List<SettlementLine> lines = lines(month);
        assertThat(lines).isNotEmpty();
        assertThat(Money.sum(lines.stream().map(SettlementLine::amount).toList())).isEqualTo(Money.ZERO);
        assertThat(Money.sum(List.copyOf(period(month).netPositions().values()))).isEqualTo(Money.ZERO);
    }

    static void assertLine(String number, YearMonth month, LineKind kind, String amount) {
        assertThat(statement(month, number).lines())
                .filteredOn(l -> l.kind() == kind && !l.isCorrection())
                .extracting(SettlementLine::amount)
                .containsExactly(Money.parse(amount));
    }

    static void assertCorrection(String number, YearMonth month, String amount, YearMonth corrects) {
        List<SettlementLine> corrections = statement(month, number).lines().stream()
                .filter(l -> corrects.equals(l.corrects())).toList();
        assertThat(Money.sum(corrections.stream().map(SettlementLine::amount).toList()))
                .isEqualTo(Money.parse(amount));
    }

    static void assertClosedUnchanged(YearMonth month, String number, String amount) {
        assertThat(period(month).isClosed()).isTrue();
        assertNet(number, month, amount);
    }

    static void assertJointCostShares(YearMonth month, String total, List<String[]> expected) {
        List<SettlementLine> shares = new ArrayList<>();
        for (String[] row : expected) {
            List<SettlementLine> lines = statement(month, row[0]).lines().stream()
                    .filter(l -> l.kind() == LineKind.JOINT_COST).toList();
            assertThat(lines).extracting(SettlementLine::amount).containsExactly(Money.parse(row[1]).negate());
            shares.addAll(lines);
        }
        assertThat(Money.sum(shares.stream().map(SettlementLine::amount).toList()).negate())
                .isEqualTo(Money.parse(total));
    }

    static Instant now() {
        return world().clock.instant();
    }

    private static se.esp.domain.settlement.OwedMoneyDocument owed =
            se.esp.domain.settlement.OwedMoneyDocument.SELF_BILLING_INVOICE;

    /** The owner's choice for money owed; the scenario's default is the platform's: self-billing invoices. */
    static void owedDocument(se.esp.domain.settlement.OwedMoneyDocument choice) {
        owed = choice;
    }

    static void resetOwedDocument() {
        owed = se.esp.domain.settlement.OwedMoneyDocument.SELF_BILLING_INVOICE;
    }

    /** The settlement service as the server builds it with the owner's choice of document for money owed. */
    private static SettlementService settlementWithOwnersChoice() {
        World world = world();
        return new SettlementService(world.storage.settlementPeriods(), world.storage.organisations(),
                new FeeSettlementSource(world.storage.feeSchedules(), world.storage.scalingProjects(),
                        world.storage.organisations()), world.deliveries.and(new DeliverySettlement(
                world.storage.deliveries(), world.storage.organisations(), world.clock)), world.storage.outbox(),
                world.storage.transactions(), world.clock, owed);
    }

    static void tryClose(YearMonth month) {
        World world = world();
        world.attempt(() -> world.settlement.close(world.actor(), month));
    }

    static void endMembership(String number, LocalDate lastDay) {
        World world = world();
        FeeSchedule schedule = schedule();
        var membership = schedule.memberships().stream().filter(m -> m.member().equals(id(number))
                && m.leftOn() == null).findFirst().orElseThrow(() -> new AssertionError(number + " is no member"));
        world.attempt(() -> world.feeSchedule.endAgreement(world.actor(), new FeeScheduleCommands.EndAgreement(
                schedule.version(), membership.id(), lastDay)));
        world.requireLastSucceeded();
    }

    static List<SettlementDocument> documents(String number, YearMonth month) {
        World world = world();
        return settlementWithOwnersChoice().documents(world.actor(), month, id(number)).documents();
    }

    /** Rows: kind, number, refers to (or "-"), payable. */
    static void assertDocuments(String number, YearMonth month, List<List<String>> expected) {
        List<List<String>> actual = documents(number, month).stream().map(d -> List.of(d.kind().name(), d.number(),
                d.refersTo() == null ? "-" : d.refersTo(), d.payable().toPlainString())).toList();
        assertThat(actual).as("the documents of " + number + " for " + month).isEqualTo(expected);
    }

    static void assertRuns(YearMonth month, int runs) {
        assertThat(period(month).runs()).hasSize(runs);
    }

    static void recordJointCostIn(String description, String amount, List<String> numbers, YearMonth month) {
        recordJointCost(description, amount, CostKey.EQUALLY, numbers, month);
    }

    private static Organisation organisation(String number) {
        World world = world();
        return world.storage.transactions().inTransaction(() ->
                world.storage.organisations().findByNumber(OrganisationNumber.parse(number))).orElseThrow();
    }

    /** A new participation level or population from a day, as an administrator changes it. */
    static void changeFeeBasis(String number, se.esp.domain.organisation.ParticipationLevel level, Long population,
                               LocalDate from) {
        World world = world();
        Organisation current = organisation(number);
        OrganisationProfile profile = current.profile();
        OrganisationProfile changed = new OrganisationProfile(profile.name(), profile.kind(),
                population != null ? new se.esp.domain.organisation.Population(population) : profile.population(),
                level != null ? level : profile.participationLevel());
        world.attempt(() -> world.organisations.update(world.actor(),
                new se.esp.application.port.in.organisation.UpdateOrganisationCommand(current.id(),
                        current.version(), changed, from)));
    }
}

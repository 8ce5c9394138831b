package se.esp.domain.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.organisation.Population;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Percentage;

class FeeCalculatorTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final OrganisationId RONNEBY = OrganisationId.newId();
    private static final OrganisationId OLOFSTROM = OrganisationId.newId();
    private static final OrganisationId BORLANGE = OrganisationId.newId();
    private static final OrganisationId PARTNER = OrganisationId.newId();
    private static final Map<OrganisationId, FeePayer> PAYERS = Map.of(
            RONNEBY, new FeePayer(RONNEBY, new Population(29_021), ParticipationLevel.ACTIVE),
            OLOFSTROM, new FeePayer(OLOFSTROM, new Population(13_061), ParticipationLevel.PARTICIPATING),
            BORLANGE, new FeePayer(BORLANGE, new Population(51_424), null),
            PARTNER, new FeePayer(PARTNER, null, null));

    private static FeeSchedule schedule() {
        return FeeSchedule.establish(FeeScheduleId.newId(),
                new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026)), AT).schedule();
    }

    private static List<FeeCharge> due(FeeSchedule schedule, YearMonth month) {
        return FeeCalculator.dueIn(month, schedule, PAYERS, List.of());
    }

    @Test
    void aMonthlyPartnerFeeStartingOnTheTenthOfAThirtyDayMonthIsProratedByDays() {
        FeeSchedule schedule = schedule();
        schedule.agree(new Partnership(FeeItemId.newId(), PARTNER, Money.ofKronor(30_000), BillingPeriod.MONTH,
                LocalDate.of(2026, 11, 10), null), AT);

        assertThat(due(schedule, YearMonth.of(2026, 11))).singleElement().satisfies(charge -> {
            assertThat(charge.kind()).isEqualTo(FeeKind.PARTNER_FEE);
            assertThat(charge.amount()).isEqualTo(Money.ofKronor(21_000)); // 21 of 30 days
            assertThat(charge.description()).contains("21 of 30 days");
        });
        assertThat(due(schedule, YearMonth.of(2026, 12))).singleElement()
                .satisfies(charge -> assertThat(charge.amount()).isEqualTo(Money.ofKronor(30_000)));
    }

    @Test
    void aQuarterlyPartnerFeeIsDueWhenTheQuarterStartsAndProratedWhenThePartnershipEndsInIt() {
        FeeSchedule schedule = schedule();
        schedule.agree(new Partnership(FeeItemId.newId(), PARTNER, Money.ofKronor(90_000), BillingPeriod.QUARTER,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 8, 15)), AT);

        assertThat(due(schedule, YearMonth.of(2026, 4))).extracting(FeeCharge::amount)
                .containsExactly(Money.ofKronor(90_000));
        assertThat(due(schedule, YearMonth.of(2026, 5))).isEmpty();
        // 1 July to 15 August: 46 of the quarter's 92 days
        assertThat(due(schedule, YearMonth.of(2026, 7))).extracting(FeeCharge::amount)
                .containsExactly(Money.ofKronor(90_000).times(46, 92));
        assertThat(due(schedule, YearMonth.of(2026, 10))).isEmpty();
    }

    @Test
    void aJointCostSplitByPopulationSumsExactlyToTheWhole() {
        FeeSchedule schedule = schedule();
        schedule.record(new JointCost(FeeItemId.newId(), "Gemensam utveckling", Money.parse("100000.00"),
                CostKey.BY_POPULATION, List.of(new CostShare(RONNEBY, 0), new CostShare(OLOFSTROM, 0),
                new CostShare(BORLANGE, 0)), YearMonth.of(2026, 11), null), AT);

        List<FeeCharge> shares = due(schedule, YearMonth.of(2026, 11));

        assertThat(Money.sum(shares.stream().map(FeeCharge::amount).toList())).isEqualTo(Money.parse("100000.00"));
        Map<OrganisationId, Money> byPayer = new java.util.HashMap<>();
        shares.forEach(s -> byPayer.put(s.payer(), s.amount()));
        // exact shares 31 036.511…, 13 968.087…, 54 995.401… (of 93 506 inhabitants): the one öre left goes to .087
        assertThat(byPayer.get(RONNEBY)).isEqualTo(Money.parse("31036.51"));
        assertThat(byPayer.get(OLOFSTROM)).isEqualTo(Money.parse("13968.09"));
        assertThat(byPayer.get(BORLANGE)).isEqualTo(Money.parse("54995.40"));
        assertThat(shares).allSatisfy(s -> assertThat(s.rule()).isEqualTo("cost-key:BY_POPULATION"));
    }

    @Test
    void aJointCostSplitEquallyOrByParticipants() {
        FeeSchedule schedule = schedule();
        schedule.record(new JointCost(FeeItemId.newId(), "Equal", Money.ofOre(100), CostKey.EQUALLY,
                List.of(new CostShare(RONNEBY, 0), new CostShare(OLOFSTROM, 0), new CostShare(BORLANGE, 0)),
                YearMonth.of(2026, 3), null), AT);
        schedule.record(new JointCost(FeeItemId.newId(), "Participants", Money.ofKronor(1_000),
                CostKey.BY_PARTICIPANTS, List.of(new CostShare(RONNEBY, 3), new CostShare(OLOFSTROM, 1)),
                YearMonth.of(2026, 4), null), AT);

        assertThat(due(schedule, YearMonth.of(2026, 3))).extracting(FeeCharge::amount)
                .containsExactlyInAnyOrder(Money.ofOre(34), Money.ofOre(33), Money.ofOre(33));
        assertThat(due(schedule, YearMonth.of(2026, 4))).extracting(FeeCharge::amount)
                .containsExactlyInAnyOrder(Money.ofKronor(750), Money.ofKronor(250));
    }

    @Test
    void indexationRaisesNextYearsAnnualMembershipFee() {
        FeeSchedule schedule = schedule();
        schedule.admit(new Membership(FeeItemId.newId(), OLOFSTROM, LocalDate.of(2026, 1, 1), null), AT);

        assertThat(due(schedule, YearMonth.of(2026, 1))).filteredOn(c -> c.kind() == FeeKind.MEMBERSHIP_ANNUAL_FEE)
                .extracting(FeeCharge::amount).containsExactly(Money.ofKronor(16_000));
        assertThat(due(schedule, YearMonth.of(2027, 1))).filteredOn(c -> c.kind() == FeeKind.MEMBERSHIP_ANNUAL_FEE)
                .extracting(FeeCharge::amount).containsExactly(Money.ofKronor(16_800));
        assertThat(due(schedule, YearMonth.of(2028, 1))).filteredOn(c -> c.kind() == FeeKind.MEMBERSHIP_ANNUAL_FEE)
                .extracting(FeeCharge::amount).containsExactly(Money.ofKronor(17_640));
    }

    @Test
    void joiningMidYearCostsTheEntryFeeAndTheRestOfTheYearsAnnualFee() {
        FeeSchedule schedule = schedule();
        schedule.admit(new Membership(FeeItemId.newId(), BORLANGE, LocalDate.of(2026, 7, 1), null), AT);

        List<FeeCharge> july = due(schedule, YearMonth.of(2026, 7));

        assertThat(july).extracting(FeeCharge::kind, FeeCharge::amount).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(FeeKind.MEMBERSHIP_ENTRY_FEE, Money.ofKronor(10_000)),
                org.assertj.core.groups.Tuple.tuple(FeeKind.MEMBERSHIP_ANNUAL_FEE, Money.ofKronor(8_000)));
        assertThat(due(schedule, YearMonth.of(2026, 8))).isEmpty();
    }

    @Test
    void joiningOnTheLastDayOfMarchPaysMarchToDecemberInWholeMonths() {
        FeeSchedule schedule = schedule();
        schedule.admit(new Membership(FeeItemId.newId(), OLOFSTROM, LocalDate.of(2026, 3, 31), null), AT);

        assertThat(due(schedule, YearMonth.of(2026, 3))).filteredOn(c -> c.kind() == FeeKind.MEMBERSHIP_ANNUAL_FEE)
                .singleElement().satisfies(c -> {
                    assertThat(c.amount().toPlainString()).isEqualTo("13333.33"); // 16 000.00 x 10/12
                    assertThat(c.description()).contains("10 of 12 months from 2026-03");
                });
    }

    @Test
    void leavingRefundsTheWholeMonthsAfterTheMonthOfLeavingInThatMonth() {
        FeeSchedule schedule = schedule();
        Membership membership = new Membership(FeeItemId.newId(), OLOFSTROM, LocalDate.of(2025, 6, 1), null);
        schedule.admit(membership, AT);
        schedule.end(membership.id(), LocalDate.of(2026, 5, 20), AT);

        assertThat(due(schedule, YearMonth.of(2026, 1))).filteredOn(c -> c.kind() == FeeKind.MEMBERSHIP_ANNUAL_FEE)
                .extracting(FeeCharge::amount).containsExactly(Money.ofKronor(16_000));
        assertThat(due(schedule, YearMonth.of(2026, 5))).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(FeeKind.MEMBERSHIP_ANNUAL_FEE);
            assertThat(c.amount().toPlainString()).isEqualTo("-9333.33"); // June to December: 16 000.00 x 7/12
        });
        assertThat(due(schedule, YearMonth.of(2027, 1))).filteredOn(c -> c.kind() == FeeKind.MEMBERSHIP_ANNUAL_FEE)
                .isEmpty();
    }

    @Test
    void joiningAndLeavingInOneYearPaysTheMonthsFromJoiningToLeaving() {
        FeeSchedule schedule = schedule();
        Membership membership = new Membership(FeeItemId.newId(), BORLANGE, LocalDate.of(2026, 4, 15), null);
        schedule.admit(membership, AT);
        schedule.end(membership.id(), LocalDate.of(2026, 9, 30), AT);

        Money charged = due(schedule, YearMonth.of(2026, 4)).stream()
                .filter(c -> c.kind() == FeeKind.MEMBERSHIP_ANNUAL_FEE).map(FeeCharge::amount).findFirst().orElseThrow();
        Money refunded = due(schedule, YearMonth.of(2026, 9)).stream().map(FeeCharge::amount).findFirst().orElseThrow();
        assertThat(charged.toPlainString()).isEqualTo("12000.00"); // April to December: 9 of 12
        assertThat(refunded.toPlainString()).isEqualTo("-4000.00"); // October to December: 3 of 12
        assertThat(charged.plus(refunded)).isEqualTo(Money.ofKronor(16_000).times(6, 12)); // April to September
    }

    @Test
    void participationFeesByLevelAreDueInJanuaryAtTheRatesInForceThen() {
        FeeSchedule schedule = schedule();
        FeeRates cheaper = new FeeRates(Percentage.of(4), Percentage.of(10),
                ExampleFeeRates.pricesOf(2027).membership(), ExampleFeeRates.pricesOf(2027).participation(),
                Indexation.none(2027));
        schedule.changeRates(new RatesVersion(LocalDate.of(2027, 1, 1), cheaper), AT);

        assertThat(due(schedule, YearMonth.of(2026, 1))).extracting(FeeCharge::payer, FeeCharge::amount)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(RONNEBY, Money.ofKronor(500_000)),
                        org.assertj.core.groups.Tuple.tuple(OLOFSTROM, Money.ofKronor(200_000)));
        assertThat(due(schedule, YearMonth.of(2027, 1))).filteredOn(c -> c.payer().equals(RONNEBY))
                .singleElement().satisfies(c -> {
                    assertThat(c.amount()).isEqualTo(Money.ofKronor(500_000));
                    assertThat(c.rule()).isEqualTo("fee-schedule@2027-01-01");
                });
        assertThat(due(schedule, YearMonth.of(2026, 2))).isEmpty();
    }

    @Test
    void theScalingProjectFeeIsDueInTheMonthTheProjectBecameActive() {
        List<FeeCharge> due = FeeCalculator.dueIn(YearMonth.of(2026, 5), schedule(), PAYERS,
                List.of(new ProjectBudget("project-1", RONNEBY, Money.ofKronor(800_000), LocalDate.of(2026, 5, 20))));

        assertThat(due).extracting(FeeCharge::kind, FeeCharge::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FeeKind.SCALING_PROJECT_FEE, Money.ofKronor(80_000)));
    }

    @Test
    void aLevelRaisedInJulyChargesJulyToDecemberOfTheDifferenceAndJanuaryKeepsTheOldLevel() {
        FeeSchedule schedule = schedule();
        FeePayer raised = new FeePayer(RONNEBY, new Population(29_021), ParticipationLevel.DRIVING, List.of(
                new se.esp.domain.organisation.FeeBasis(se.esp.domain.organisation.FeeBasis.SINCE_REGISTRATION,
                        new Population(29_021), ParticipationLevel.ACTIVE),
                new se.esp.domain.organisation.FeeBasis(LocalDate.of(2026, 7, 1), new Population(29_021),
                        ParticipationLevel.DRIVING)));
        Map<OrganisationId, FeePayer> payers = Map.of(RONNEBY, raised);

        assertThat(FeeCalculator.dueIn(YearMonth.of(2026, 1), schedule, payers, List.of()))
                .extracting(FeeCharge::amount).containsExactly(Money.ofKronor(500_000)); // ACTIVE on 1 January
        assertThat(FeeCalculator.dueIn(YearMonth.of(2026, 7), schedule, payers, List.of())).singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(FeeKind.PARTICIPATION_FEE);
                    assertThat(c.amount()).isEqualTo(Money.ofKronor(250_000)); // 500 000.00 more x 6/12
                });
        assertThat(FeeCalculator.dueIn(YearMonth.of(2026, 8), schedule, payers, List.of())).isEmpty();
        assertThat(FeeCalculator.dueIn(YearMonth.of(2027, 1), schedule, payers, List.of()))
                .extracting(FeeCharge::amount).containsExactly(Money.ofKronor(1_050_000)); // DRIVING, indexed
    }

    @Test
    void theMembershipBandFollowsThePopulationInForceOnTheDayTheYearsFeeIsDecided() {
        FeeSchedule schedule = schedule();
        schedule.admit(new Membership(FeeItemId.newId(), OLOFSTROM, LocalDate.of(2026, 1, 1), null), AT);
        FeePayer grown = new FeePayer(OLOFSTROM, new Population(120_000), null, List.of(
                new se.esp.domain.organisation.FeeBasis(se.esp.domain.organisation.FeeBasis.SINCE_REGISTRATION,
                        new Population(13_061), null),
                new se.esp.domain.organisation.FeeBasis(LocalDate.of(2026, 6, 1), new Population(120_000), null)));
        Map<OrganisationId, FeePayer> payers = Map.of(OLOFSTROM, grown);

        assertThat(FeeCalculator.dueIn(YearMonth.of(2026, 1), schedule, payers, List.of()))
                .filteredOn(c -> c.kind() == FeeKind.MEMBERSHIP_ANNUAL_FEE)
                .extracting(FeeCharge::amount).containsExactly(Money.ofKronor(16_000)); // 10 000–100 000 band
        assertThat(FeeCalculator.dueIn(YearMonth.of(2027, 1), schedule, payers, List.of()))
                .filteredOn(c -> c.kind() == FeeKind.MEMBERSHIP_ANNUAL_FEE)
                .extracting(FeeCharge::amount).containsExactly(Money.ofKronor(33_600)); // over 100 000, indexed
    }
}

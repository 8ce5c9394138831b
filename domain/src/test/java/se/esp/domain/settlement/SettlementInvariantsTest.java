package se.esp.domain.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import se.esp.domain.fee.FeeCharge;
import se.esp.domain.fee.FeeKind;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/** The settlement's invariants over arbitrary deliveries, fees and corrections. */
class SettlementInvariantsTest {

    private static final YearMonth PERIOD = YearMonth.of(2026, 11);
    private static final OrganisationId OWNER = OrganisationId.parse("00000000-0000-0000-0000-000000000001");
    private static final List<OrganisationId> ORGANISATIONS = List.of(OWNER,
            OrganisationId.parse("00000000-0000-0000-0000-00000000000a"),
            OrganisationId.parse("00000000-0000-0000-0000-00000000000b"),
            OrganisationId.parse("00000000-0000-0000-0000-00000000000c"),
            OrganisationId.parse("00000000-0000-0000-0000-00000000000d"));

    @Property
    void everyPeriodSumsToExactlyZeroAcrossAllOrganisationsIncludingTheOwner(
            @ForAll("deliveries") @Size(max = 8) List<SoldDelivery> deliveries,
            @ForAll("fees") @Size(max = 8) List<FeeCharge> fees) {
        SettlementInput input = new SettlementInput(PERIOD, OWNER, WorkedExampleTest.demoSchedule(), deliveries, fees,
                List.of());

        SettlementResult result = SettlementCalculator.settle(input);

        assertThat(result.total()).isEqualTo(Money.ZERO);
        assertThat(Money.sum(List.copyOf(result.netPositions().values()))).isEqualTo(Money.ZERO);
    }

    @Property
    void settlingTheSameInputAgainGivesIdenticalLinesWhateverOrderItCameIn(
            @ForAll("deliveries") @Size(max = 8) List<SoldDelivery> deliveries,
            @ForAll("fees") @Size(max = 8) List<FeeCharge> fees) {
        SettlementResult first = SettlementCalculator.settle(
                new SettlementInput(PERIOD, OWNER, WorkedExampleTest.demoSchedule(), deliveries, fees, List.of()));
        List<SoldDelivery> shuffledDeliveries = new ArrayList<>(deliveries);
        List<FeeCharge> shuffledFees = new ArrayList<>(fees);
        Collections.reverse(shuffledDeliveries);
        Collections.reverse(shuffledFees);

        SettlementResult again = SettlementCalculator.settle(
                new SettlementInput(PERIOD, OWNER, WorkedExampleTest.demoSchedule(), shuffledDeliveries, shuffledFees,
                        List.of()));

        assertThat(again.lines()).isEqualTo(first.lines());
    }

    @Property
    void creditingBackAClosedPeriodsLinesAlsoSumsToZeroAndCancelsThem(
            @ForAll("deliveries") @Size(min = 1, max = 5) List<SoldDelivery> deliveries) {
        YearMonth october = PERIOD.minusMonths(1);
        SettlementResult closed = SettlementCalculator.settle(new SettlementInput(october, OWNER,
                WorkedExampleTest.demoSchedule(), deliveries, List.of(), List.of()));

        SettlementResult corrected = SettlementCalculator.settle(new SettlementInput(PERIOD, OWNER,
                WorkedExampleTest.demoSchedule(), List.of(), List.of(),
                List.of(new Reversal(october, closed.lines(), "cancelled"))));

        assertThat(corrected.total()).isEqualTo(Money.ZERO);
        assertThat(corrected.lines()).allSatisfy(l -> assertThat(l.corrects()).isEqualTo(october));
        for (OrganisationId organisation : ORGANISATIONS) {
            assertThat(corrected.netOf(organisation)).isEqualTo(closed.netOf(organisation).negate());
        }
    }

    @Provide
    Arbitrary<List<SoldDelivery>> deliveries() {
        return delivery().list();
    }

    @Provide
    Arbitrary<List<FeeCharge>> fees() {
        return Combinators.combine(organisation(), Arbitraries.of(FeeKind.class),
                        Arbitraries.longs().between(0, 100_000_000L))
                .as((payer, kind, ore) -> new FeeCharge(payer, kind, Money.ofOre(ore), UUID.randomUUID().toString(),
                        "fee-schedule@2026-01-01", "a fee"))
                .list();
    }

    private Arbitrary<SoldDelivery> delivery() {
        Arbitrary<List<Purchase>> purchases = Combinators.combine(organisation(),
                        Arbitraries.longs().between(1, 30))
                .as((buyer, participants) -> new Purchase(buyer, UUID.randomUUID().toString(), participants))
                .list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<ResourceHours>> hours = Combinators.combine(organisation(),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200")).ofScale(2),
                        Arbitraries.longs().between(0, 200_000))
                .as((employer, h, rate) -> new ResourceHours(UUID.randomUUID().toString(), employer, h,
                        Money.ofOre(rate)))
                .list().ofMaxSize(3);
        return Combinators.combine(organisation(), Arbitraries.longs().between(0, 10_000_000_000L), purchases, hours,
                        Arbitraries.integers().between(1, 30))
                .as((supplier, price, buyers, resourceHours, day) -> new SoldDelivery(UUID.randomUUID().toString(),
                        supplier, LocalDate.of(2026, 11, day), Money.ofOre(price), buyers, resourceHours));
    }

    private Arbitrary<OrganisationId> organisation() {
        return Arbitraries.of(ORGANISATIONS);
    }
}

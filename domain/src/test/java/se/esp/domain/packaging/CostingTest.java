package se.esp.domain.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;

class CostingTest {

    private static final TransactionFeeRate FIVE_PERCENT = TransactionFeeRate.percent("5");

    @Test
    void costPerDeliveryIsResourceHoursTimesRatePlusFixedCosts() {
        DeliveryCost digital = Costing.deliveryCost(List.of(Samples.SESSIONS, Samples.SELF_STUDY), Samples.COSTS,
                Variant.DIGITAL);

        assertThat(digital.resourceHours()).isEqualByComparingTo("15");
        assertThat(digital.resourceCost()).isEqualTo(Money.parse("6750.00"));
        assertThat(digital.total()).isEqualTo(Money.parse("8450.00"));
    }

    @Test
    void thePhysicalVariantAddsItsPremisesAndTravelHours() {
        DeliveryCost physical = Costing.deliveryCost(List.of(Samples.SESSIONS), Samples.COSTS, Variant.PHYSICAL);

        assertThat(physical.resourceHours()).isEqualByComparingTo("19");
        assertThat(physical.resourceCost()).isEqualTo(Money.parse("8550.00"));
        assertThat(physical.total()).isEqualTo(Money.parse("11050.00"));
    }

    @Test
    void thePriceThatCoversTheCostAfterTheFeeIsRoundedOnceToTheOre() {
        // 8 450.00 / (8 × 0.95) = 1 111.842105… → 1 111.84
        assertThat(Costing.coveringPrice(Money.parse("8450.00"), 8, FIVE_PERCENT)).isEqualTo(Money.parse("1111.84"));
        // 8 450.00 / (3 × 0.95) = 2 964.912280… → 2 964.91
        assertThat(Costing.coveringPrice(Money.parse("8450.00"), 3, FIVE_PERCENT)).isEqualTo(Money.parse("2964.91"));
        // a half öre rounds away from zero: 0.19 / (1 × 0.95) = 0.2 exactly; 0.01 / 2 = 0.005 → 0.01
        assertThat(Costing.coveringPrice(Money.parse("0.01"), 2, TransactionFeeRate.percent("0")))
                .isEqualTo(Money.parse("0.01"));
    }

    @Test
    void aSaleShowsTheTransactionFeeAndWhatTheSupplierKeeps() {
        Sale sale = Costing.sale(Money.parse("1200.00"), 8, FIVE_PERCENT, Money.parse("8450.00"));

        assertThat(sale.revenue()).isEqualTo(Money.parse("9600.00"));
        assertThat(sale.transactionFee()).isEqualTo(Money.parse("480.00"));
        assertThat(sale.supplierNet()).isEqualTo(Money.parse("9120.00"));
        assertThat(sale.margin()).isEqualTo(Money.parse("670.00"));
    }

    @Test
    void theBreakEvenGroupSizeIsTheSmallestGroupThatCoversTheCost() {
        // 7 × 1 200 × 0.95 = 7 980 < 8 450 ≤ 9 120 = 8 × 1 200 × 0.95
        assertThat(Costing.breakEvenGroupSize(Money.parse("1200.00"), FIVE_PERCENT, Money.parse("8450.00")))
                .isEqualTo(OptionalInt.of(8));
        assertThat(Costing.breakEvenGroupSize(Money.ZERO, FIVE_PERCENT, Money.parse("8450.00"))).isEmpty();
    }

    @Test
    void reportsBothVariantsSideBySideAtTheAskedGroupSize() {
        CostingReport report = Costing.report(Samples.complete().components(), Samples.COSTS, Money.parse("1200.00"),
                8, FIVE_PERCENT);

        assertThat(report.digital().cost().total()).isEqualTo(Money.parse("8450.00"));
        assertThat(report.digital().costPerParticipant()).isEqualTo(Money.parse("1056.25"));
        assertThat(report.digital().coveringPricePerParticipant()).isEqualTo(Money.parse("1111.84"));
        assertThat(report.digital().breakEvenGroupSize()).isEqualTo(OptionalInt.of(8));
        assertThat(report.physical().cost().total()).isEqualTo(Money.parse("11050.00"));
        assertThat(report.physical().coveringPricePerParticipant()).isEqualTo(Money.parse("1453.95"));
        assertThat(report.physical().sale().margin()).isEqualTo(Money.parse("-1930.00"));
        assertThat(report.physical().breakEvenGroupSize()).isEqualTo(OptionalInt.of(10));
    }

    @Test
    void refusesAGroupOfNobody() {
        assertThatThrownBy(() -> Costing.coveringPrice(Money.parse("100"), 0, FIVE_PERCENT))
                .isInstanceOf(ValidationException.class);
    }

    @Property
    void theCoveringPriceCoversTheCostWithinHalfAnOrePerParticipant(
            @ForAll @LongRange(min = 1, max = 100_000_000) long costOre, @ForAll @IntRange(min = 1, max = 1000) int group,
            @ForAll @IntRange(min = 0, max = 30) int feePercent) {
        TransactionFeeRate fee = new TransactionFeeRate(BigDecimal.valueOf(feePercent));
        Money price = Costing.coveringPrice(Money.ofOre(costOre), group, fee);
        BigDecimal exactNet = BigDecimal.valueOf(price.ore()).multiply(BigDecimal.valueOf(group))
                .multiply(BigDecimal.valueOf(100 - feePercent)).divide(BigDecimal.valueOf(100));
        BigDecimal shortfall = BigDecimal.valueOf(costOre).subtract(exactNet);
        assertThat(shortfall).isLessThanOrEqualTo(BigDecimal.valueOf(group).multiply(new BigDecimal("0.5")));
    }

    @Property
    void breakEvenIsTheFirstGroupWithoutALoss(@ForAll @LongRange(min = 1, max = 10_000_000) long costOre,
                                               @ForAll @LongRange(min = 1, max = 2_000_000) long priceOre) {
        Money cost = Money.ofOre(costOre);
        Money price = Money.ofOre(priceOre);
        int n = Costing.breakEvenGroupSize(price, FIVE_PERCENT, cost).orElseThrow();
        assertThat(Costing.sale(price, n, FIVE_PERCENT, cost).margin().isNegative()).isFalse();
        if (n > 1) {
            assertThat(Costing.sale(price, n - 1, FIVE_PERCENT, cost).margin().isNegative()).isTrue();
        }
    }
}

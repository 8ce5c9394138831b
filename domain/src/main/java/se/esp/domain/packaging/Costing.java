package se.esp.domain.packaging;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * The costing model, a pure calculation: resource hours × hourly rate plus fixed costs is the cost of a delivery;
 * from it the price per participant at a group size, the break-even group size for a price, and the digital and
 * physical variants side by side. Exact money throughout; each amount that has fractions of öre is rounded once,
 * by {@link Money#ROUNDING}, where it is computed.
 */
public final class Costing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Costing() {
    }

    /** Resource hours of a delivery: each component's hours per occurrence × count, plus the variant's extra. */
    public static BigDecimal resourceHours(List<Component> components, VariantCosts variant) {
        BigDecimal hours = variant.extraResourceHours();
        for (Component component : components) {
            if (component.resource() != null) {
                hours = hours.add(component.resource().hours().multiply(BigDecimal.valueOf(component.count())));
            }
        }
        return hours;
    }

    public static DeliveryCost deliveryCost(List<Component> components, CostModel model, Variant variant) {
        VariantCosts costs = model.costsOf(variant);
        BigDecimal hours = resourceHours(components, costs);
        Money resourceCost = model.hourlyRate().times(hours);
        Money total = resourceCost.plus(costs.fixedCosts());
        return new DeliveryCost(variant, hours, model.hourlyRate(), resourceCost, costs.materials(), costs.licences(),
                costs.premises(), total);
    }

    /**
     * The lowest price per participant at which a delivery of {@code groupSize} covers its cost after the
     * transaction fee: cost ÷ (groupSize × (1 − fee)), rounded once.
     */
    public static Money coveringPrice(Money cost, int groupSize, TransactionFeeRate fee) {
        requireGroupSize(groupSize);
        BigDecimal exact = BigDecimal.valueOf(cost.ore()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(groupSize).multiply(HUNDRED.subtract(fee.percent())), 0, Money.ROUNDING);
        return Money.ofOre(exact.longValueExact());
    }

    /** A delivery of {@code participants} sold at {@code price} each; the fee is on the whole delivery. */
    public static Sale sale(Money price, int participants, TransactionFeeRate fee, Money cost) {
        Money revenue = price.times(participants);
        Money transactionFee = revenue.percent(fee.percent());
        Money net = revenue.minus(transactionFee);
        return new Sale(price, participants, revenue, transactionFee, net, net.minus(cost));
    }

    /**
     * The smallest group whose sale at {@code price} covers {@code cost} after the fee; empty when no group size
     * does (a price of zero).
     */
    public static OptionalInt breakEvenGroupSize(Money price, TransactionFeeRate fee, Money cost) {
        if (!cost.isPositive()) {
            return OptionalInt.of(1);
        }
        BigDecimal netPerParticipant = BigDecimal.valueOf(price.ore())
                .multiply(HUNDRED.subtract(fee.percent())).divide(HUNDRED);
        if (netPerParticipant.signum() <= 0) {
            return OptionalInt.empty();
        }
        // The estimate ignores the fee's rounding, which moves the net by less than one öre: start just below it.
        long estimate = BigDecimal.valueOf(cost.ore()).divide(netPerParticipant, 0, java.math.RoundingMode.CEILING)
                .longValueExact();
        long participants = Math.max(1, estimate - 1);
        while (sale(price, Math.toIntExact(participants), fee, cost).margin().isNegative()) {
            participants++;
        }
        return participants > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) participants);
    }

    /** Both variants at one group size, sold at the packaging's price. */
    public static CostingReport report(List<Component> components, CostModel model, Money price, int groupSize,
                                       TransactionFeeRate fee) {
        Objects.requireNonNull(price, "price");
        requireGroupSize(groupSize);
        return new CostingReport(groupSize, fee, price, variant(components, model, Variant.DIGITAL, price, groupSize, fee),
                variant(components, model, Variant.PHYSICAL, price, groupSize, fee));
    }

    private static VariantCosting variant(List<Component> components, CostModel model, Variant variant, Money price,
                                          int groupSize, TransactionFeeRate fee) {
        DeliveryCost cost = deliveryCost(components, model, variant);
        return new VariantCosting(cost, groupSize, cost.total().times(1, groupSize),
                coveringPrice(cost.total(), groupSize, fee), sale(price, groupSize, fee, cost.total()),
                breakEvenGroupSize(price, fee, cost.total()));
    }

    private static void requireGroupSize(int groupSize) {
        if (groupSize < 1 || groupSize > GroupSize.MAXIMUM) {
            throw ValidationException.of("groupSize", ViolationCode.OUT_OF_RANGE,
                    "must be between 1 and " + GroupSize.MAXIMUM);
        }
    }
}

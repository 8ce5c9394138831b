package se.esp.domain.packaging;

import java.math.BigDecimal;

import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * The fixed costs of one delivery in one variant (materials, licences, premises) and the resource hours the
 * variant needs beyond the components' (travel to a physical meeting, say).
 */
public record VariantCosts(Money materials, Money licences, Money premises, BigDecimal extraResourceHours) {

    public VariantCosts {
        Violations violations = new Violations();
        materials = nonNegative(violations, "materials", materials);
        licences = nonNegative(violations, "licences", licences);
        premises = nonNegative(violations, "premises", premises);
        if (extraResourceHours == null) {
            extraResourceHours = BigDecimal.ZERO;
        } else if (extraResourceHours.signum() < 0 || extraResourceHours.compareTo(ResourceRequirement.MAX_HOURS) > 0) {
            violations.add("extraResourceHours", ViolationCode.OUT_OF_RANGE, "must be between 0 and 1000");
        } else if (extraResourceHours.multiply(BigDecimal.valueOf(4)).stripTrailingZeros().scale() > 0) {
            violations.add("extraResourceHours", ViolationCode.INVALID_FORMAT, "must be whole quarter hours");
        }
        violations.throwIfAny();
    }

    public static VariantCosts none() {
        return new VariantCosts(Money.ZERO, Money.ZERO, Money.ZERO, BigDecimal.ZERO);
    }

    public Money fixedCosts() {
        return materials.plus(licences).plus(premises);
    }

    private static Money nonNegative(Violations violations, String field, Money amount) {
        if (amount == null) {
            return Money.ZERO;
        }
        if (amount.isNegative()) {
            violations.add(field, ViolationCode.OUT_OF_RANGE, "must not be negative");
        }
        return amount;
    }

    static void requirePositive(String field, Money amount) {
        if (amount == null) {
            throw ValidationException.of(field, ViolationCode.REQUIRED, "must be given");
        }
        if (!amount.isPositive()) {
            throw ValidationException.of(field, ViolationCode.OUT_OF_RANGE, "must be above 0");
        }
    }
}

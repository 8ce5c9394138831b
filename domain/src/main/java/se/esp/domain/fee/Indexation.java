package se.esp.domain.fee;

import java.math.BigDecimal;
import java.util.Objects;

import se.esp.domain.shared.Money;
import se.esp.domain.shared.Percentage;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * Yearly indexation of the fixed amounts (membership, participation and partner fees): they are stated at the
 * prices of {@code baseYear} and raised by {@code yearlyPercent} for every year after it, compounded. The
 * factor is exact; the indexed amount is rounded once.
 */
public record Indexation(Percentage yearlyPercent, int baseYear) {

    public Indexation {
        Objects.requireNonNull(yearlyPercent, "yearlyPercent");
        if (baseYear < 2000 || baseYear > 2200) {
            throw ValidationException.of("indexation.baseYear", ViolationCode.OUT_OF_RANGE,
                    "must be a year between 2000 and 2200");
        }
    }

    public static Indexation none(int baseYear) {
        return new Indexation(Percentage.of(0), baseYear);
    }

    /** The amount as it applies in {@code year}; years up to the base year pay the stated amount. */
    public Money indexed(Money amount, int year) {
        int years = year - baseYear;
        if (years <= 0 || yearlyPercent.value().signum() == 0) {
            return amount;
        }
        BigDecimal factor = BigDecimal.ONE.add(yearlyPercent.value().movePointLeft(2)).pow(years);
        return amount.times(factor);
    }
}

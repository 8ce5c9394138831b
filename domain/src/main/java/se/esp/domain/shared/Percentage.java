package se.esp.domain.shared;

import java.math.BigDecimal;

/**
 * A percentage between 0 and 100 with at most four decimals (5 means 5 %), exact. Used for fee rates and
 * indexation; applying it to an amount rounds once by {@link Money#ROUNDING}.
 */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {

    public static final int MAX_SCALE = 4;

    public Percentage {
        if (value == null) {
            throw ValidationException.of("percent", ViolationCode.REQUIRED, "must be given");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ValidationException.of("percent", ViolationCode.OUT_OF_RANGE, "must be between 0 and 100");
        }
        if (value.stripTrailingZeros().scale() > MAX_SCALE) {
            throw ValidationException.of("percent", ViolationCode.INVALID_FORMAT,
                    "must have at most " + MAX_SCALE + " decimals");
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    public static Percentage of(String text) {
        try {
            return new Percentage(new BigDecimal(text.strip().replace(',', '.')));
        } catch (NumberFormatException | NullPointerException e) {
            throw ValidationException.of("percent", ViolationCode.INVALID_FORMAT, "'" + text + "' is not a number");
        }
    }

    public static Percentage of(long whole) {
        return new Percentage(BigDecimal.valueOf(whole));
    }

    /** This percentage of an amount, rounded once. */
    public Money of(Money amount) {
        return amount.percent(value);
    }

    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " %";
    }
}

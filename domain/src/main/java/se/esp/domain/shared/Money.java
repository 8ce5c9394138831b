package se.esp.domain.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An exact amount of Swedish kronor, held as whole öre. No floating point anywhere near money.
 *
 * <p><b>The rounding rule</b> (the only one): a computation whose exact result has fractions of öre — a
 * percentage, a proration, a price per participant — is rounded <em>once</em>, at the end, to the nearest öre,
 * halves away from zero ({@link RoundingMode#HALF_UP}). Splitting an amount into parts never rounds: it uses the
 * largest-remainder method ({@link #allocate}), so the parts always sum to the whole.</p>
 */
public record Money(long ore) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public static Money ofOre(long ore) {
        return new Money(ore);
    }

    public static Money ofKronor(long kronor) {
        return new Money(Math.multiplyExact(kronor, 100L));
    }

    /**
     * An exact amount in kronor; more than two decimals (fractions of öre) are refused, not rounded.
     *
     * @throws ValidationException field {@code amount}, {@code INVALID_FORMAT}
     */
    public static Money ofKronor(BigDecimal kronor) {
        if (kronor == null) {
            throw ValidationException.of("amount", ViolationCode.REQUIRED, "must be given");
        }
        try {
            return new Money(kronor.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            throw ValidationException.of("amount", ViolationCode.INVALID_FORMAT,
                    "must be kronor with at most two decimals (whole öre)");
        }
    }

    /** Parses {@code 6500}, {@code 6500.5}, {@code 6500.50}, also with a decimal comma or spaces as thousands separators. */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of("amount", ViolationCode.REQUIRED, "must be given");
        }
        String normalised = text.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        try {
            return ofKronor(new BigDecimal(normalised));
        } catch (NumberFormatException e) {
            throw ValidationException.of("amount", ViolationCode.INVALID_FORMAT, "'" + text + "' is not an amount");
        }
    }

    public BigDecimal toKronor() {
        return BigDecimal.valueOf(ore, 2);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(ore, other.ore));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(ore, other.ore));
    }

    public Money negate() {
        return new Money(Math.negateExact(ore));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(ore, factor));
    }

    /** This amount times an exact factor (e.g. hours 1.5), rounded once by {@link #ROUNDING}. */
    public Money times(BigDecimal factor) {
        return new Money(BigDecimal.valueOf(ore).multiply(factor).setScale(0, ROUNDING).longValueExact());
    }

    /** {@code percent} per cent of this amount (5 → 5 %), rounded once by {@link #ROUNDING}. */
    public Money percent(BigDecimal percent) {
        return times(percent.movePointLeft(2));
    }

    /** This amount × numerator / denominator, rounded once: proration by days, price per participant. */
    public Money times(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(ore).multiply(BigInteger.valueOf(numerator)))
                .divide(BigDecimal.valueOf(denominator), 0, ROUNDING);
        return new Money(exact.longValueExact());
    }

    public static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(ZERO, Money::plus);
    }

    public boolean isNegative() {
        return ore < 0;
    }

    public boolean isZero() {
        return ore == 0;
    }

    public boolean isPositive() {
        return ore > 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Splits this amount into parts proportional to the weights by the largest-remainder method: every part
     * gets the whole öre of its exact share, and the öre left over go one each to the parts with the largest
     * remainders (the earlier part first on a tie). The parts sum exactly to this amount, and each differs from
     * its exact share by less than one öre.
     *
     * @param weights non-negative, at least one positive
     */
    public List<Money> allocate(List<Long> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("nothing to allocate to");
        }
        BigInteger total = BigInteger.ZERO;
        for (long weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("weights must not be negative");
            }
            total = total.add(BigInteger.valueOf(weight));
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        boolean negative = ore < 0;
        BigInteger amount = BigInteger.valueOf(ore).abs();
        long[] parts = new long[weights.size()];
        BigInteger[] remainders = new BigInteger[weights.size()];
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            BigInteger[] division = amount.multiply(BigInteger.valueOf(weights.get(i))).divideAndRemainder(total);
            parts[i] = division[0].longValueExact();
            remainders[i] = division[1];
            given += parts[i];
        }
        long left = amount.longValueExact() - given;
        Integer[] order = new Integer[parts.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            parts[order[k]]++;
        }
        List<Money> result = new ArrayList<>(parts.length);
        for (long part : parts) {
            result.add(new Money(negative ? -part : part));
        }
        return result;
    }

    /** Splits into {@code count} equal parts (differing by at most one öre). */
    public List<Money> allocateEqually(int count) {
        return allocate(java.util.Collections.nCopies(count, 1L));
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(ore, other.ore);
    }

    /** {@code 6500.00}: plain, point as decimal separator. */
    public String toPlainString() {
        return toKronor().toPlainString();
    }

    @Override
    public String toString() {
        return toPlainString() + " SEK";
    }
}

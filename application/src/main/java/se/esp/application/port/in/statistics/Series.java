package se.esp.application.port.in.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One named line of a chart: a value per month of the range, in order, and the value over the whole range.
 *
 * @param values one per month; counts have scale 0, hours, percentages and kronor scale 2 (kronor are exact öre)
 * @param total  the figure over the whole range: the sum, except for a percentage, which is computed from the
 *               summed parts (e.g. all seats placed over all seats offered)
 */
public record Series(String name, Unit unit, List<BigDecimal> values, BigDecimal total) {

    /** What the values count. */
    public enum Unit {
        COUNT,
        HOURS,
        PERCENT,
        /** Kronor with öre (two decimals, exact). */
        SEK
    }

    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        values = List.copyOf(values);
        Objects.requireNonNull(total, "total");
    }
}

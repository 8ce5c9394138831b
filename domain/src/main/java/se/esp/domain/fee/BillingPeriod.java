package se.esp.domain.fee;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How often a fixed partner fee is due: its amount is per month, quarter, half-year or year. */
public enum BillingPeriod {
    MONTH(1),
    QUARTER(3),
    HALF_YEAR(6),
    YEAR(12);

    private final int months;

    BillingPeriod(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The first day of the billing period that contains {@code day} (periods follow the calendar year). */
    public LocalDate startOfPeriodContaining(LocalDate day) {
        int monthIndex = day.getMonthValue() - 1;
        int startMonth = monthIndex - monthIndex % months + 1;
        return LocalDate.of(day.getYear(), startMonth, 1);
    }

    /** The first day after the billing period that starts on {@code start}. */
    public LocalDate endExclusive(LocalDate start) {
        return start.plusMonths(months);
    }

    public long daysInPeriodStarting(LocalDate start) {
        return ChronoUnit.DAYS.between(start, endExclusive(start));
    }
}

package se.esp.application.port.in.statistics;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;
import se.esp.domain.shared.ViolationCode;

/**
 * The months a statistic covers, {@code from} to {@code to} inclusive, at most {@value #MAX_MONTHS} of them.
 * Violations name the fields {@code from} and {@code to}.
 */
public record MonthRange(YearMonth from, YearMonth to) {

    public static final int MAX_MONTHS = 36;

    public MonthRange {
        List<Violation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(new Violation("from", ViolationCode.REQUIRED, "give the first month, like 2026-01"));
        }
        if (to == null) {
            violations.add(new Violation("to", ViolationCode.REQUIRED, "give the last month, like 2026-12"));
        }
        if (violations.isEmpty()) {
            if (to.isBefore(from)) {
                violations.add(new Violation("to", ViolationCode.OUT_OF_RANGE,
                        "must not be before from (" + from + ")"));
            } else if (ChronoUnit.MONTHS.between(from, to) + 1 > MAX_MONTHS) {
                violations.add(new Violation("to", ViolationCode.OUT_OF_RANGE,
                        "at most " + MAX_MONTHS + " months from " + from + ", i.e. up to " + from.plusMonths(MAX_MONTHS - 1)));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * Reads {@code YYYY-MM} texts as sent; every missing or malformed one is reported (all at once) under its field.
     */
    public static MonthRange parse(String from, String to) {
        List<Violation> violations = new ArrayList<>();
        YearMonth first = month("from", from, violations);
        YearMonth last = month("to", to, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new MonthRange(first, last);
    }

    private static YearMonth month(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, ViolationCode.REQUIRED, "give a month like 2026-01"));
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, ViolationCode.INVALID_FORMAT, "must be a month like 2026-01"));
            return null;
        }
    }

    /** Every month of the range, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public int size() {
        return (int) ChronoUnit.MONTHS.between(from, to) + 1;
    }

    public int indexOf(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return (int) ChronoUnit.MONTHS.between(from, month);
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}

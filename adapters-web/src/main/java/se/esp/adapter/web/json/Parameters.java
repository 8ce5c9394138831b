package se.esp.adapter.web.json;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.statistics.MonthRange;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * Query, path and header parameters shared by resources, read strictly: only the forms the platform documents and
 * writes itself, within sane bounds, checked on the text before anything is parsed, so a number of a thousand
 * digits or a year of nine is refused at once. Every refusal is a violation naming the parameter (or the header).
 */
public final class Parameters {

    /** The months the platform settles and reports on; a month outside them is a typo or a probe. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2999;
    /** Pages are numbered from 0; beyond this a listing is walked by filtering, not by paging. */
    public static final int MAX_PAGE = 10_000;
    /** The largest amount a query names, in kronor (a price tested in a costing, a catalogue's price bound). */
    public static final long MAX_KRONOR = 100_000_000L;

    /** {@code "3"} or {@code W/"3"}: a version as the platform writes its ETags, without leading zeros. */
    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"(0|[1-9][0-9]{0,18})\"");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,10}");
    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]{1,12}(?:[.,][0-9]{1,2})?");

    private Parameters() {
    }

    /**
     * An id from the path. One that does not parse names nothing, so it is reported as the area's not-found
     * (404, "no {@code what} with id …"), never as invalid input.
     */
    public static <T> T pathId(String text, Function<String, T> parse, ErrorCode notFound, String what) {
        return pathId(text, parse, notFound, sent -> "no " + what + " with id " + sent);
    }

    /** As {@link #pathId(String, Function, ErrorCode, String)}, for an area that words its not-found itself. */
    public static <T> T pathId(String text, Function<String, T> parse, ErrorCode notFound,
                               Function<String, String> detail) {
        try {
            return parse.apply(text);
        } catch (ValidationException e) {
            throw new DomainException(notFound, detail.apply(text));
        }
    }

    /**
     * An id from the query, naming what to filter by: {@code null} when absent or blank, else what {@code parse}
     * reads from the text without the spaces around it. One that does not parse is recorded under {@code field}
     * in the id's own words ({@code INVALID_FORMAT}, "is not an organisation id"), so every query id is refused
     * alike and beside the request's other refusals; unlike a path id it names no missing thing, so it is not a 404.
     */
    public static <T> T queryId(Violations violations, String field, String text, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return violations.check(field, () -> parse.apply(text.strip()));
    }

    /** {@code page} (from 0, at most {@value #MAX_PAGE}) and {@code size} (1 to {@link PageRequest#MAX_SIZE}). */
    public static PageRequest page(Violations violations, String page, String size) {
        Integer pageNumber = wholeNumber(violations, "page", page, 0, MAX_PAGE);
        Integer pageSize = wholeNumber(violations, "size", size, 1, PageRequest.MAX_SIZE);
        if (violations.concerns("page") || violations.concerns("size")) {
            return null;
        }
        return new PageRequest(pageNumber == null ? 0 : pageNumber,
                pageSize == null ? PageRequest.DEFAULT_SIZE : pageSize);
    }

    /** {@code page} and {@code size} of a listing with no other parameter, refused on their own. */
    public static PageRequest page(String page, String size) {
        Violations violations = new Violations();
        PageRequest request = page(violations, page, size);
        violations.throwIfAny();
        return request;
    }

    /**
     * A whole number between {@code min} and {@code max}, or {@code null} when the parameter is absent or blank.
     * ASCII digits only, with an optional minus: no {@code +}, no spaces inside, no other scripts' digits.
     */
    public static Integer wholeNumber(Violations violations, String field, String text, int min, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            if (value.matches("-?[0-9]+")) {
                violations.add(field, ViolationCode.OUT_OF_RANGE, "must be between " + min + " and " + max);
            } else {
                violations.add(field, ViolationCode.INVALID_FORMAT, "must be a whole number");
            }
            return null;
        }
        long number = Long.parseLong(value);
        if (number < min || number > max) {
            violations.add(field, ViolationCode.OUT_OF_RANGE, "must be between " + min + " and " + max);
            return null;
        }
        return (int) number;
    }

    /**
     * A month written {@code YYYY-MM}, {@value #FIRST_YEAR}-01 to {@value #LAST_YEAR}-12, or {@code null} (reported as
     * {@code REQUIRED} when absent). No sign, no five-digit year, no day.
     */
    public static YearMonth month(Violations violations, String field, String text) {
        if (text == null || text.isBlank()) {
            violations.add(field, ViolationCode.REQUIRED, "give a month like 2026-01");
            return null;
        }
        Matcher month = MONTH.matcher(text.strip());
        if (!month.matches()) {
            violations.add(field, ViolationCode.INVALID_FORMAT, "must be a month like 2026-01");
            return null;
        }
        int year = Integer.parseInt(month.group(1));
        int monthOfYear = Integer.parseInt(month.group(2));
        if (monthOfYear < 1 || monthOfYear > 12) {
            violations.add(field, ViolationCode.INVALID_FORMAT, "must be a month like 2026-01 (months 01 to 12)");
            return null;
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            violations.add(field, ViolationCode.OUT_OF_RANGE,
                    "must be a month from " + FIRST_YEAR + "-01 to " + LAST_YEAR + "-12");
            return null;
        }
        return YearMonth.of(year, monthOfYear);
    }

    /** A single month parameter, refused on its own: 400 naming {@code field}. */
    public static YearMonth month(String field, String text) {
        Violations violations = new Violations();
        YearMonth month = month(violations, field, text);
        violations.throwIfAny();
        return month;
    }

    /** {@code from} and {@code to}, both required, every refusal reported at once; then the range's own rules. */
    public static MonthRange months(String from, String to) {
        Violations violations = new Violations();
        YearMonth first = month(violations, "from", from);
        YearMonth last = month(violations, "to", to);
        violations.throwIfAny();
        return new MonthRange(first, last);
    }

    /**
     * An amount of kronor from 0 to {@value #MAX_KRONOR}, with at most two decimals ({@code 6500}, {@code 6500.50},
     * {@code 6500,5}), or {@code null} when absent. No sign, no exponent, no thousands separators.
     */
    public static Money amount(Violations violations, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (!AMOUNT.matcher(value).matches()) {
            violations.add(field, ViolationCode.INVALID_FORMAT,
                    "must be an amount in kronor with at most two decimals, e.g. 6500 or 6500.50");
            return null;
        }
        BigDecimal kronor = new BigDecimal(value.replace(',', '.'));
        if (kronor.signum() < 0 || kronor.compareTo(BigDecimal.valueOf(MAX_KRONOR)) > 0) {
            violations.add(field, ViolationCode.OUT_OF_RANGE, "must be between 0 and " + MAX_KRONOR + " kronor");
            return null;
        }
        return Money.ofKronor(kronor);
    }

    /**
     * The version a change is based on, from {@code If-Match}: exactly one entity tag as the platform writes its
     * ETags, {@code "3"}, or weak, {@code W/"3"}, at least 1. No lists, no {@code *}, no unquoted numbers.
     *
     * @throws DomainException {@code VERSION_REQUIRED} (428) when the header is missing or empty;
     *         {@link ValidationException} naming {@code If-Match} (400) for anything else
     */
    public static long version(String ifMatch) {
        return version(ifMatch, 1);
    }

    /** As {@link #version(String)}, for records whose first version is {@code minimum} (a seeded {@code "0"}). */
    public static long version(String ifMatch, long minimum) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new DomainException(ErrorCode.VERSION_REQUIRED,
                    "send the version you read (the ETag of the GET) in the If-Match header");
        }
        Matcher tag = ENTITY_TAG.matcher(ifMatch.strip());
        if (tag.matches()) {
            try {
                long version = Long.parseLong(tag.group(1));
                if (version >= minimum) {
                    return version;
                }
            } catch (NumberFormatException overflow) {
                // reported below
            }
        }
        throw ValidationException.of("If-Match", ViolationCode.INVALID_FORMAT,
                "must be exactly one ETag of the version you read, e.g. \"" + Math.max(minimum, 3) + "\"");
    }

    /** An optional filter naming an enum constant: {@code null} when absent or blank, else as {@link #enumValue}. */
    public static <E extends Enum<E>> E enumFilter(Violations violations, String field, String text, Class<E> type) {
        return text == null || text.isBlank() ? null : enumValue(violations, field, text, type);
    }

    /**
     * A query parameter naming an enum constant, case-insensitively; an unknown name is recorded as a violation
     * named by {@code field} (echoing at most 40 characters of what was sent).
     */
    public static <E extends Enum<E>> E enumValue(Violations violations, String field, String text, Class<E> type) {
        String name = text.strip().toUpperCase(java.util.Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        String shown = text.length() <= 40 ? text : text.substring(0, 40) + "…";
        violations.add(field, ViolationCode.UNKNOWN_VALUE, "'" + shown + "' is not one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .collect(java.util.stream.Collectors.joining(", ")));
        return null;
    }
}

package se.esp.adapter.web.console;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import se.esp.adapter.web.language.LanguageCookie;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Percentage;

/**
 * How the console writes amounts, numbers, dates and months, in the user's language:
 * {@code #{fmt.money(line.amount())}}. Swedish: {@code 1 234,50 kr}, English: {@code SEK 1,234.50}; the spaces
 * inside a Swedish amount are no-break spaces (U+00A0), so an amount never breaks across lines. Dates are ISO
 * ({@code 2026-12-06}, as Swedish writes them) in both languages; times are Swedish time (Europe/Stockholm).
 * The same rules as converters for inputs: {@link MoneyConverter}, {@link DateConverter}.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final ZoneId SWEDISH_TIME = ZoneId.of("Europe/Stockholm");
    static final char NO_BREAK_SPACE = '\u00a0';
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String money(Money amount) {
        return money(amount, ConsoleText.locale());
    }

    public static String money(Money amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        String number = number(amount.toKronor(), 2, locale);
        return isSwedish(locale) ? number + NO_BREAK_SPACE + "kr" : "SEK" + NO_BREAK_SPACE + number;
    }

    /** A whole number with the language's grouping: {@code 29 021} / {@code 29,021}. */
    public String number(Number value) {
        if (value == null) {
            return "";
        }
        return number(new BigDecimal(value.toString()), 0, ConsoleText.locale());
    }

    /** A percentage as given, with the language's decimal sign: {@code 5 %} / {@code 5%}. */
    public String percent(Percentage percentage) {
        if (percentage == null) {
            return "";
        }
        Locale locale = ConsoleText.locale();
        BigDecimal value = percentage.value().stripTrailingZeros();
        String number = number(value, Math.max(0, value.scale()), locale);
        return isSwedish(locale) ? number + NO_BREAK_SPACE + "%" : number + "%";
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(SWEDISH_TIME));
    }

    /** {@code december 2026} / {@code December 2026}. */
    public String month(YearMonth month) {
        if (month == null) {
            return "";
        }
        Locale locale = ConsoleText.locale();
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    }

    static String number(BigDecimal value, int decimals, Locale locale) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        boolean swedish = isSwedish(locale);
        symbols.setGroupingSeparator(swedish ? NO_BREAK_SPACE : ',');
        symbols.setDecimalSeparator(swedish ? ',' : '.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    static boolean isSwedish(Locale locale) {
        return !LanguageCookie.ENGLISH.equals(locale.getLanguage());
    }
}

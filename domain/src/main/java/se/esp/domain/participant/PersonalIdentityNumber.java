package se.esp.domain.participant;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * A Swedish personal identity number (personnummer) or coordination number (samordningsnummer, day + 60), held
 * as twelve digits {@code YYYYMMDDNNNN}. The last digit is a Luhn check digit over the ten digits after the
 * century. Only the twelve-digit form is accepted: the ten-digit form needs a guess at the century, and a wrong
 * guess is a wrong age.
 *
 * <p>{@link #toString()} masks the number so it can never end up in a log by accident; {@link #formatted()}
 * is the deliberate way to show it.</p>
 */
public record PersonalIdentityNumber(String value) {

    public static final String FIELD = "personalIdentityNumber";

    public PersonalIdentityNumber {
        if (value == null || !value.matches("\\d{12}")) {
            throw ValidationException.of(FIELD, ViolationCode.INVALID_FORMAT,
                    "must be twelve digits, e.g. 19811218-9876");
        }
        birthDateOf(value);
        if (!hasValidCheckDigit(value.substring(2))) {
            throw ValidationException.of(FIELD, ViolationCode.INVALID_CHECK_DIGIT,
                    "the check digit does not match the other digits");
        }
    }

    /** Accepts {@code YYYYMMDD-NNNN} or {@code YYYYMMDDNNNN}, with surrounding spaces. */
    public static PersonalIdentityNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of(FIELD, ViolationCode.REQUIRED, "must not be empty");
        }
        String trimmed = text.strip();
        if (trimmed.matches("\\d{8}-\\d{4}")) {
            return new PersonalIdentityNumber(trimmed.substring(0, 8) + trimmed.substring(9));
        }
        if (trimmed.matches("\\d{12}")) {
            return new PersonalIdentityNumber(trimmed);
        }
        throw ValidationException.of(FIELD, ViolationCode.INVALID_FORMAT,
                "must be twelve digits with the century, optionally with a hyphen: YYYYMMDD-NNNN");
    }

    /** The date of birth; for a coordination number the day is given with 60 added. */
    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public boolean isCoordinationNumber() {
        return Integer.parseInt(value.substring(6, 8)) > 60;
    }

    /** Whole years of age on the given day. */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate(), day).getYears();
    }

    /** {@code YYYYMMDD-NNNN}: the deliberate, visible form. */
    public String formatted() {
        return value.substring(0, 8) + "-" + value.substring(8);
    }

    @Override
    public String toString() {
        return "PersonalIdentityNumber[********-****]";
    }

    private static LocalDate birthDateOf(String digits) {
        int year = Integer.parseInt(digits.substring(0, 4));
        int month = Integer.parseInt(digits.substring(4, 6));
        int day = Integer.parseInt(digits.substring(6, 8));
        if (day > 60) {
            day -= 60;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw ValidationException.of(FIELD, ViolationCode.INVALID_FORMAT, "does not start with a valid date");
        }
    }

    /** Luhn over ten digits: weights 2,1,2,1,… from the left, digits of each product summed. */
    static boolean hasValidCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int product = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return sum % 10 == 0;
    }
}

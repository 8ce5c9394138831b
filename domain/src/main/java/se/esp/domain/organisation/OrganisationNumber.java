package se.esp.domain.organisation;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * A Swedish organisation number (organisationsnummer): ten digits, the last a Luhn check digit.
 * Accepted as {@code 212000-0837} or {@code 2120000837}; always held in the ten-digit form.
 */
public record OrganisationNumber(String value) {

    private static final String FIELD = "organisationNumber";

    public OrganisationNumber {
        if (value == null || !value.matches("\\d{10}")) {
            throw ValidationException.of(FIELD, ViolationCode.INVALID_FORMAT, "must be ten digits, e.g. 212000-0837");
        }
        if (!hasValidCheckDigit(value)) {
            throw ValidationException.of(FIELD, ViolationCode.INVALID_CHECK_DIGIT,
                    "the check digit does not match the other nine digits");
        }
    }

    /** Accepts the number with or without the hyphen after the sixth digit, and surrounding spaces. */
    public static OrganisationNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of(FIELD, ViolationCode.REQUIRED, "must not be empty");
        }
        String trimmed = text.strip();
        if (trimmed.matches("\\d{6}-\\d{4}")) {
            return new OrganisationNumber(trimmed.substring(0, 6) + trimmed.substring(7));
        }
        if (trimmed.matches("\\d{10}")) {
            return new OrganisationNumber(trimmed);
        }
        throw ValidationException.of(FIELD, ViolationCode.INVALID_FORMAT,
                "must be ten digits, optionally with a hyphen after the sixth, e.g. 212000-0837");
    }

    /**
     * The Swedish VAT registration number of the organisation: {@code SE} + the ten digits + {@code 01}, e.g.
     * {@code SE212000081101}. A VAT-exempt seller still quotes it on its invoices (EN 16931 BR-E-02).
     */
    public String vatNumber() {
        return "SE" + value + "01";
    }

    /** The customary written form, {@code NNNNNN-NNNN}. */
    public String formatted() {
        return value.substring(0, 6) + "-" + value.substring(6);
    }

    /** Luhn over all ten digits: weights 2,1,2,1,… from the left, digits of each product summed. */
    static boolean hasValidCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return formatted();
    }
}

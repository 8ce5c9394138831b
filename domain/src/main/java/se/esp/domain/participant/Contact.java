package se.esp.domain.participant;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * How to reach the participant: an e-mail address, a phone number, or both. Personal data: never in a log.
 *
 * @param email {@code null} when not given
 * @param phone {@code null} when not given
 */
public record Contact(String email, String phone) {

    public Contact {
        Violations violations = new Violations();
        email = blankToNull(email);
        phone = blankToNull(phone);
        if (email == null && phone == null) {
            violations.add("contact", ViolationCode.REQUIRED, "give an e-mail address, a phone number or both");
        }
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            violations.add("contact.email", ViolationCode.INVALID_FORMAT, "is not an e-mail address");
        }
        if (phone != null && !phone.matches("\\+?[0-9 ()-]{5,30}")) {
            violations.add("contact.phone", ViolationCode.INVALID_FORMAT,
                    "must be digits, spaces, hyphens and an optional leading +");
        }
        violations.throwIfAny();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String toString() {
        return "Contact[***]";
    }
}

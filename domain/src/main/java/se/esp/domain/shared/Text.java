package se.esp.domain.shared;

/** Small checks on free text shared by value objects. */
public final class Text {

    private Text() {
    }

    /** Trims and refuses blank text, text over {@code maxLength} and control characters. */
    public static String requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ValidationException.of(field, ViolationCode.REQUIRED, "must not be empty");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw ValidationException.of(field, ViolationCode.TOO_LONG, "must be at most " + maxLength + " characters");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw ValidationException.of(field, ViolationCode.INVALID_FORMAT, "must not contain control characters");
        }
        return trimmed;
    }
}

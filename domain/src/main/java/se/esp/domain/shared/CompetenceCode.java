package se.esp.domain.shared;

import java.util.Locale;


/**
 * A competence as offerings require it and resources hold it, e.g. {@code study-guidance}, {@code nurse},
 * {@code civic-orientation}: lower-case letters, digits and hyphens, so the same competence is always written the
 * same way.
 */
public record CompetenceCode(String value) implements Comparable<CompetenceCode> {

    public static final int MAX_LENGTH = 64;

    public CompetenceCode {
        if (value == null || value.isBlank()) {
            throw ValidationException.of("code", ViolationCode.REQUIRED, "must be given");
        }
        if (value.length() > MAX_LENGTH) {
            throw ValidationException.of("code", ViolationCode.TOO_LONG, "must be at most " + MAX_LENGTH + " characters");
        }
        if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw ValidationException.of("code", ViolationCode.INVALID_FORMAT,
                    "must be lower-case letters and digits joined by hyphens, e.g. study-guidance");
        }
    }

    /** Accepts upper case and surrounding spaces. */
    public static CompetenceCode of(String text) {
        return new CompetenceCode(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
    }

    /** {@code study-guidance} reads as "study guidance" in explanations. */
    public String asWords() {
        return value.replace('-', ' ');
    }

    @Override
    public int compareTo(CompetenceCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

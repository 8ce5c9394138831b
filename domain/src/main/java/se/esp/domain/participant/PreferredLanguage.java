package se.esp.domain.participant;

import java.util.Locale;
import java.util.Set;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** The language a participant prefers to be served in: an ISO 639-1 code such as {@code ar}, {@code ti}, {@code sv}. */
public record PreferredLanguage(String code) {

    private static final Set<String> KNOWN = Set.of(Locale.getISOLanguages());

    public PreferredLanguage {
        if (code == null || code.isBlank()) {
            throw ValidationException.of("preferredLanguage", ViolationCode.REQUIRED, "must not be empty");
        }
        code = code.strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2}") || !KNOWN.contains(code)) {
            throw ValidationException.of("preferredLanguage", ViolationCode.UNKNOWN_VALUE,
                    "must be an ISO 639-1 language code, e.g. ar, ti, sv");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}

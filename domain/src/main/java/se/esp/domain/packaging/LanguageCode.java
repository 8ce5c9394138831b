package se.esp.domain.packaging;

import java.util.Locale;
import java.util.Set;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** A language by its ISO 639-1 code, lower case: {@code sv}, {@code en}, {@code ar}, {@code so}, {@code ti}. */
public record LanguageCode(String value) implements Comparable<LanguageCode> {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    public static final LanguageCode SWEDISH = new LanguageCode("sv");
    public static final LanguageCode ENGLISH = new LanguageCode("en");

    public LanguageCode {
        if (value == null || !value.matches("[a-z]{2}") || !ISO_639_1.contains(value)) {
            throw ValidationException.of("language", ViolationCode.UNKNOWN_VALUE,
                    "'" + value + "' is not an ISO 639-1 language code such as sv, en, ar");
        }
    }

    /** Accepts surrounding spaces and upper case. */
    public static LanguageCode of(String text) {
        return new LanguageCode(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public int compareTo(LanguageCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

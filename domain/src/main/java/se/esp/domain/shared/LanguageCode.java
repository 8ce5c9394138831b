package se.esp.domain.shared;

import java.util.Locale;
import java.util.Set;

/**
 * A language as its ISO 639-1 code ({@code sv}, {@code ar}, {@code ti}): what resources speak, what offerings are
 * delivered in and what packagings are written in — one vocabulary for every area, so matching compares like with
 * like. Only codes the JDK knows as ISO 639 two-letter codes are accepted, so a typo never becomes a new language
 * nobody can be matched with.
 */
public record LanguageCode(String value) implements Comparable<LanguageCode> {

    private static final Set<String> KNOWN = Set.of(Locale.getISOLanguages());

    public static final LanguageCode SWEDISH = new LanguageCode("sv");
    public static final LanguageCode ENGLISH = new LanguageCode("en");

    public LanguageCode {
        if (value == null || value.isBlank()) {
            throw ValidationException.of("language", ViolationCode.REQUIRED, "must be given");
        }
        if (!KNOWN.contains(value)) { // the JDK's codes are all two lower-case letters
            throw ValidationException.of("language", ViolationCode.UNKNOWN_VALUE,
                    "'" + value + "' is not an ISO 639-1 language code (two lower-case letters, e.g. sv, ar, ti)");
        }
    }

    /** Accepts upper case and surrounding spaces ({@code " AR "}). */
    public static LanguageCode of(String text) {
        return new LanguageCode(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
    }

    /** The language's English name, for explanations: {@code ti} is "Tigrinya". */
    public String englishName() {
        String name = Locale.forLanguageTag(value).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equals(value) ? value : name;
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

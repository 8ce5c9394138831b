package se.esp.domain.packaging;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Text;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * One text in several languages (a title, a description, a form label). Which languages are required is decided
 * where the text is used (a packaging needs Swedish and English before review), not here.
 */
public record LocalisedText(Map<LanguageCode, String> texts) {

    /** Longer than any description a reviewer would read; a guard against pasted documents. */
    public static final int MAX_LENGTH = 8_000;

    public LocalisedText {
        TreeMap<LanguageCode, String> copy = new TreeMap<>();
        texts.forEach((language, text) -> copy.put(language, Text.requireText(language.value(), text, MAX_LENGTH)));
        texts = Collections.unmodifiableMap(copy);
    }

    public static LocalisedText empty() {
        return new LocalisedText(Map.of());
    }

    public static LocalisedText of(LanguageCode language, String text) {
        return new LocalisedText(Map.of(language, text));
    }

    /** Swedish and English, the two every packaging must have. */
    public static LocalisedText svEn(String swedish, String english) {
        return new LocalisedText(Map.of(LanguageCode.SWEDISH, swedish, LanguageCode.ENGLISH, english));
    }

    /**
     * Reads texts keyed by language code; every refusal names its language as the field ({@code ar}), so a caller
     * nesting it reports e.g. {@code titles.ar}.
     */
    public static LocalisedText parse(Map<String, String> raw, int maxLength) {
        Violations violations = new Violations();
        TreeMap<LanguageCode, String> texts = new TreeMap<>();
        raw.forEach((code, text) -> {
            LanguageCode language = violations.check(code, () -> LanguageCode.of(code));
            String checked = violations.check(code, () -> Text.requireText(code, text, maxLength));
            if (language != null && checked != null) {
                if (texts.containsKey(language)) {
                    violations.add(code, ViolationCode.NOT_ALLOWED, "the language " + language + " is given twice");
                }
                texts.put(language, checked);
            }
        });
        violations.throwIfAny();
        return new LocalisedText(texts);
    }

    public Optional<String> in(LanguageCode language) {
        return Optional.ofNullable(texts.get(language));
    }

    public boolean has(LanguageCode language) {
        return texts.containsKey(language);
    }

    public Set<LanguageCode> languages() {
        return texts.keySet();
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The text in the language asked for, else Swedish, else English, else any. */
    public String preferring(LanguageCode language) {
        return in(language).or(() -> in(LanguageCode.SWEDISH)).or(() -> in(LanguageCode.ENGLISH))
                .orElseGet(() -> texts.values().stream().findFirst().orElse(""));
    }

    static void requireMaxLength(LocalisedText text, int maxLength) {
        text.texts.forEach((language, value) -> {
            if (value.length() > maxLength) {
                throw ValidationException.of(language.value(), ViolationCode.TOO_LONG,
                        "must be at most " + maxLength + " characters");
            }
        });
    }
}

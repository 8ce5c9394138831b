package se.esp.domain.credential;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * What one version of a definition says: the title and description a holder and an employer read, the criteria
 * (what completing means), what it is aligned to, its credit value and how long it stays valid.
 *
 * @param creditPoints   credit value in the owner's unit (e.g. yrkeshögskolepoäng), at most one decimal; zero if it
 *                       carries none
 * @param validityMonths how long an issued credential is valid, in months; {@code null} when it does not expire
 */
public record CredentialTerms(LocalisedText title, LocalisedText description, LocalisedText criteria,
                              List<Alignment> alignments, BigDecimal creditPoints, Integer validityMonths) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_ALIGNMENTS = 20;
    public static final int MAX_VALIDITY_MONTHS = 600;

    public CredentialTerms {
        Violations violations = new Violations();
        requireSwedishAndEnglish(violations, "title", title);
        requireSwedishAndEnglish(violations, "description", description);
        requireSwedishAndEnglish(violations, "criteria", criteria);
        if (title != null) {
            title.texts().forEach((language, text) -> {
                if (text.length() > MAX_TITLE_LENGTH) {
                    violations.add("title." + language.value(), ViolationCode.TOO_LONG,
                            "must be at most " + MAX_TITLE_LENGTH + " characters");
                }
            });
        }
        alignments = alignments == null ? List.of() : List.copyOf(alignments);
        if (alignments.isEmpty()) {
            violations.add("alignments", ViolationCode.REQUIRED,
                    "align it to at least one occupational profile unit or ESCO concept");
        } else if (alignments.size() > MAX_ALIGNMENTS) {
            violations.add("alignments", ViolationCode.OUT_OF_RANGE, "at most " + MAX_ALIGNMENTS + " alignments");
        }
        if (creditPoints == null) {
            creditPoints = BigDecimal.ZERO.setScale(1);
        } else if (creditPoints.signum() < 0 || creditPoints.compareTo(BigDecimal.valueOf(1000)) > 0) {
            violations.add("creditPoints", ViolationCode.OUT_OF_RANGE, "must be between 0 and 1000");
        } else if (creditPoints.stripTrailingZeros().scale() > 1) {
            violations.add("creditPoints", ViolationCode.INVALID_FORMAT, "at most one decimal");
        } else {
            creditPoints = creditPoints.setScale(1);
        }
        if (validityMonths != null && (validityMonths < 1 || validityMonths > MAX_VALIDITY_MONTHS)) {
            violations.add("validityMonths", ViolationCode.OUT_OF_RANGE,
                    "between 1 and " + MAX_VALIDITY_MONTHS + " months, or none when it does not expire");
        }
        violations.throwIfAny();
    }

    public Optional<Integer> validity() {
        return Optional.ofNullable(validityMonths);
    }

    private static void requireSwedishAndEnglish(Violations violations, String field, LocalisedText text) {
        if (text == null) {
            violations.add(field, ViolationCode.REQUIRED, "in Swedish and English");
            return;
        }
        for (LanguageCode language : List.of(LanguageCode.SWEDISH, LanguageCode.ENGLISH)) {
            if (!text.has(language)) {
                violations.add(field + "." + language.value(), ViolationCode.REQUIRED,
                        "every credential is described in Swedish and English");
            }
        }
    }

}

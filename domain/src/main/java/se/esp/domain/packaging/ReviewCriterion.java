package se.esp.domain.packaging;

import java.util.Objects;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** One point of the review checklist, by a stable key, with its wording per language. */
public record ReviewCriterion(String key, LocalisedText label) {

    public ReviewCriterion {
        if (key == null || !key.matches("[a-z][a-z0-9-]{1,59}")) {
            throw ValidationException.of("key", ViolationCode.INVALID_FORMAT,
                    "must be 2-60 lower-case letters, digits and hyphens, starting with a letter");
        }
        Objects.requireNonNull(label, "label");
        if (label.isEmpty()) {
            throw ValidationException.of("label", ViolationCode.REQUIRED, "needs a text in at least one language");
        }
    }
}

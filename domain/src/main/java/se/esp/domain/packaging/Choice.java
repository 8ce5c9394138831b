package se.esp.domain.packaging;

import java.util.Objects;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** One option of a choice field: the value stored in an answer and its label per language. */
public record Choice(String value, LocalisedText label) {

    public Choice {
        if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,39}")) {
            throw ValidationException.of("value", ViolationCode.INVALID_FORMAT,
                    "must be 1-40 letters, digits, '-' or '_' (the stored answer)");
        }
        Objects.requireNonNull(label, "label");
        if (label.isEmpty()) {
            throw ValidationException.of("label", ViolationCode.REQUIRED, "needs a text in at least one language");
        }
    }
}

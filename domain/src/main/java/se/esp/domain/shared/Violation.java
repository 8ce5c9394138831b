package se.esp.domain.shared;

import java.util.Objects;

/**
 * One refused field: which field (as the API names it), why (a stable code) and a plain-language message.
 */
public record Violation(String field, ViolationCode code, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    Violation inField(String otherField) {
        return new Violation(otherField, code, message);
    }
}

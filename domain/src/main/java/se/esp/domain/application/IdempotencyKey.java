package se.esp.domain.application;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * The key a consumer's system gives a submission so that sending it again creates nothing twice: 1–100 visible ASCII
 * characters (a UUID, a message id, a case number). Unique per consumer organisation.
 */
public record IdempotencyKey(String value) {

    public static final String FIELD = "idempotencyKey";
    public static final int MAX_LENGTH = 100;

    public IdempotencyKey {
        if (value == null || value.isEmpty()) {
            throw ValidationException.of(FIELD, ViolationCode.REQUIRED, "must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw ValidationException.of(FIELD, ViolationCode.TOO_LONG, "must be at most " + MAX_LENGTH + " characters");
        }
        if (!value.matches("[\\x21-\\x7E]+")) {
            throw ValidationException.of(FIELD, ViolationCode.INVALID_FORMAT,
                    "must be visible ASCII characters without spaces, e.g. a UUID");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

package se.esp.domain.shared;

import java.util.UUID;

/** What every id of the domain reads the same way: the UUID it is written as. */
public final class Ids {

    private Ids() {
    }

    /**
     * The UUID {@code text} writes, else a validation failure {@code INVALID_FORMAT} under {@code field} with
     * {@code message} (such as "is not an organisation id").
     */
    public static UUID uuid(String text, String field, String message) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationException.of(field, ViolationCode.INVALID_FORMAT, message);
        }
    }
}

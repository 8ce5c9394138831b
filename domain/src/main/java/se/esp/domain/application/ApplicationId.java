package se.esp.domain.application;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** Identifies an application. */
public record ApplicationId(UUID value) {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static ApplicationId newId() {
        return new ApplicationId(UUID.randomUUID());
    }

    public static ApplicationId parse(String text) {
        try {
            return new ApplicationId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationException.of("applicationId", ViolationCode.INVALID_FORMAT, "is not an application id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

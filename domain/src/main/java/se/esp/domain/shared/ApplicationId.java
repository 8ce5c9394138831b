package se.esp.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies an application. */
public record ApplicationId(UUID value) implements Comparable<ApplicationId> {

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
    public int compareTo(ApplicationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

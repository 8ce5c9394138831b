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
        return new ApplicationId(Ids.uuid(text, "applicationId", "is not an application id"));
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

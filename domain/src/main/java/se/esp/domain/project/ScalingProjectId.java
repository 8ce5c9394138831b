package se.esp.domain.project;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** Identifies a scaling project. */
public record ScalingProjectId(UUID value) {

    public ScalingProjectId {
        Objects.requireNonNull(value, "value");
    }

    public static ScalingProjectId newId() {
        return new ScalingProjectId(UUID.randomUUID());
    }

    public static ScalingProjectId parse(String text) {
        try {
            return new ScalingProjectId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationException.of("projectId", ViolationCode.INVALID_FORMAT, "is not a project id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

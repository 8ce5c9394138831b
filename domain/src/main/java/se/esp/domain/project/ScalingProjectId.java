package se.esp.domain.project;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.Ids;

/** Identifies a scaling project. */
public record ScalingProjectId(UUID value) {

    public ScalingProjectId {
        Objects.requireNonNull(value, "value");
    }

    public static ScalingProjectId newId() {
        return new ScalingProjectId(UUID.randomUUID());
    }

    public static ScalingProjectId parse(String text) {
        return new ScalingProjectId(Ids.uuid(text, "projectId", "is not a project id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package se.esp.domain.resource;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.Ids;

/** Identifies a resource person's profile in the national pool. */
public record ResourceId(UUID value) implements Comparable<ResourceId> {

    public ResourceId {
        Objects.requireNonNull(value, "value");
    }

    public static ResourceId newId() {
        return new ResourceId(UUID.randomUUID());
    }

    public static ResourceId parse(String text) {
        return new ResourceId(Ids.uuid(text, "resourceId", "is not a resource id"));
    }

    @Override
    public int compareTo(ResourceId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

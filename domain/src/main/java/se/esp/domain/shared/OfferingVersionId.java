package se.esp.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies one published version of an offering; stable for good, so an application can refer to it. */
public record OfferingVersionId(UUID value) implements Comparable<OfferingVersionId> {

    public OfferingVersionId {
        Objects.requireNonNull(value, "value");
    }

    public static OfferingVersionId newId() {
        return new OfferingVersionId(UUID.randomUUID());
    }

    public static OfferingVersionId parse(String text) {
        return new OfferingVersionId(Ids.uuid(text, "offeringVersionId", "is not an offering version id"));
    }

    @Override
    public int compareTo(OfferingVersionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

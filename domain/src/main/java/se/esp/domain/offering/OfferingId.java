package se.esp.domain.offering;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.Ids;

/** Identifies an offering: the service on offer, across all its versions. */
public record OfferingId(UUID value) {

    public OfferingId {
        Objects.requireNonNull(value, "value");
    }

    public static OfferingId newId() {
        return new OfferingId(UUID.randomUUID());
    }

    public static OfferingId parse(String text) {
        return new OfferingId(Ids.uuid(text, "offeringId", "is not an offering id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

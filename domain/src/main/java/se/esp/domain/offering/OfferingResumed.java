package se.esp.domain.offering;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A suspended offering is back in the catalogue. */
public record OfferingResumed(UUID eventId, Instant occurredAt, OfferingId offeringId) implements OfferingEvent {

    public OfferingResumed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(offeringId, "offeringId");
    }
}

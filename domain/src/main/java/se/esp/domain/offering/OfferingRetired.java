package se.esp.domain.offering;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The owner's administrators withdrew the offering for good, with the reason; its versions stay readable. */
public record OfferingRetired(UUID eventId, Instant occurredAt, OfferingId offeringId, String reason)
        implements OfferingEvent {

    public OfferingRetired {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(offeringId, "offeringId");
        Objects.requireNonNull(reason, "reason");
    }
}

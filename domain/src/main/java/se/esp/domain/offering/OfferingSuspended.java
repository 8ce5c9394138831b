package se.esp.domain.offering;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The owner's administrators took the offering out of the catalogue for a while, with the reason. */
public record OfferingSuspended(UUID eventId, Instant occurredAt, OfferingId offeringId, String reason)
        implements OfferingEvent {

    public OfferingSuspended {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(offeringId, "offeringId");
        Objects.requireNonNull(reason, "reason");
    }
}

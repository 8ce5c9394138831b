package se.esp.domain.packaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;

/** A supplier started a new packaging. */
public record PackagingCreated(UUID eventId, Instant occurredAt, PackagingId packagingId, int draftNumber,
        OrganisationId supplierId)
        implements PackagingEvent {

    public PackagingCreated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(packagingId, "packagingId");
        Objects.requireNonNull(supplierId, "supplierId");
    }
}

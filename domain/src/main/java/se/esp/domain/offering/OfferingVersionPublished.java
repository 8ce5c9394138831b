package se.esp.domain.offering;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.shared.OfferingVersionId;

/** A version went on offer: the first of a new offering, or one that replaces the current version. */
public record OfferingVersionPublished(UUID eventId, Instant occurredAt, OfferingId offeringId,
                                       OfferingVersionId versionId, int versionNumber, PackagingId packagingId,
                                       OrganisationId supplierId) implements OfferingEvent {

    public OfferingVersionPublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(offeringId, "offeringId");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(packagingId, "packagingId");
        Objects.requireNonNull(supplierId, "supplierId");
    }
}

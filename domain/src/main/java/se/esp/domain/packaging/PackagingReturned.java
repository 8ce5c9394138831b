package se.esp.domain.packaging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * At least one criterion failed: the supplier revises and resubmits; carries the failed criteria with their remarks.
 */
public record PackagingReturned(UUID eventId, Instant occurredAt, PackagingId packagingId, int draftNumber,
        String reviewerId, List<CriterionAssessment> failed)
        implements PackagingEvent {

    public PackagingReturned {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(packagingId, "packagingId");
        Objects.requireNonNull(reviewerId, "reviewerId");
        failed = List.copyOf(failed);
    }
}

package se.esp.domain.packaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A coordinator took the submitted draft up for review. */
public record PackagingReviewStarted(UUID eventId, Instant occurredAt, PackagingId packagingId, int draftNumber,
        String reviewerId)
        implements PackagingEvent {

    public PackagingReviewStarted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(packagingId, "packagingId");
        Objects.requireNonNull(reviewerId, "reviewerId");
    }
}

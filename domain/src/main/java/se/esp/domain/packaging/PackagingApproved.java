package se.esp.domain.packaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Every criterion passed: the draft may be published. */
public record PackagingApproved(UUID eventId, Instant occurredAt, PackagingId packagingId, int draftNumber,
        String reviewerId)
        implements PackagingEvent {

    public PackagingApproved {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(packagingId, "packagingId");
        Objects.requireNonNull(reviewerId, "reviewerId");
    }
}

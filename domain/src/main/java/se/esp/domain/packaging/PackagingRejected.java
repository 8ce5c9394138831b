package se.esp.domain.packaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The reviewer rejected the packaging for good, with the reason. */
public record PackagingRejected(UUID eventId, Instant occurredAt, PackagingId packagingId, int draftNumber,
        String reviewerId, String reason)
        implements PackagingEvent {

    public PackagingRejected {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(packagingId, "packagingId");
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(reason, "reason");
    }
}

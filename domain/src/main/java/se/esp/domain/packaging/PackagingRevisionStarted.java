package se.esp.domain.packaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The supplier started revising a published packaging: a new draft, while the offering stays on offer.
 */
public record PackagingRevisionStarted(UUID eventId, Instant occurredAt, PackagingId packagingId, int draftNumber)
        implements PackagingEvent {

    public PackagingRevisionStarted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(packagingId, "packagingId");
    }
}

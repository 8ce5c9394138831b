package se.esp.domain.packaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The approved draft became an offering version. */
public record PackagingPublished(UUID eventId, Instant occurredAt, PackagingId packagingId, int draftNumber)
        implements PackagingEvent {

    public PackagingPublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(packagingId, "packagingId");
    }
}

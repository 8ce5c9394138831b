package se.esp.domain.packaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The supplier submitted the draft for quality review. */
public record PackagingSubmitted(UUID eventId, Instant occurredAt, PackagingId packagingId, int draftNumber)
        implements PackagingEvent {

    public PackagingSubmitted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(packagingId, "packagingId");
    }
}

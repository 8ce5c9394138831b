package se.esp.domain.packaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The supplier changed the draft's content. */
public record PackagingEdited(UUID eventId, Instant occurredAt, PackagingId packagingId, int draftNumber)
        implements PackagingEvent {

    public PackagingEdited {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(packagingId, "packagingId");
    }
}

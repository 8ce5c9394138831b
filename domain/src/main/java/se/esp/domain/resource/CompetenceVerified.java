package se.esp.domain.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.CompetenceCode;

/** A coordinator verified a competence; it counts for matching until {@code expiresOn}. */
public record CompetenceVerified(UUID eventId, Instant occurredAt, ResourceId resourceId, CompetenceCode code,
                                 LocalDate expiresOn, String coordinator, String remark) implements ResourceEvent {

    public CompetenceVerified {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(coordinator, "coordinator");
    }
}

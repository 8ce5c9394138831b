package se.esp.domain.resource;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.CompetenceCode;

/** A coordinator rejected a competence's evidence, saying why. */
public record CompetenceRejected(UUID eventId, Instant occurredAt, ResourceId resourceId, CompetenceCode code,
                                 String coordinator, String remark) implements ResourceEvent {

    public CompetenceRejected {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(coordinator, "coordinator");
        Objects.requireNonNull(remark, "remark");
    }
}

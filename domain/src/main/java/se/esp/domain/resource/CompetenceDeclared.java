package se.esp.domain.resource;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A resource declared a competence, or renewed one with new evidence; it waits for a coordinator. */
public record CompetenceDeclared(UUID eventId, Instant occurredAt, ResourceId resourceId,
                                 CompetenceDeclaration declaration) implements ResourceEvent {

    public CompetenceDeclared {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(declaration, "declaration");
    }
}

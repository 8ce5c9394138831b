package se.esp.domain.resource;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A resource person joined the pool, with the competences they declared (all pending). */
public record ResourceRegistered(UUID eventId, Instant occurredAt, ResourceId resourceId, String personUserId,
                                 ResourceProfile profile, List<CompetenceDeclaration> competences)
        implements ResourceEvent {

    public ResourceRegistered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(personUserId, "personUserId");
        Objects.requireNonNull(profile, "profile");
        competences = List.copyOf(competences);
    }
}

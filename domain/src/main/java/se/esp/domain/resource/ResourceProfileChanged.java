package se.esp.domain.resource;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A resource's name, languages, employer, rate or availability changed; carries the new profile. */
public record ResourceProfileChanged(UUID eventId, Instant occurredAt, ResourceId resourceId, ResourceProfile profile)
        implements ResourceEvent {

    public ResourceProfileChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(profile, "profile");
    }
}

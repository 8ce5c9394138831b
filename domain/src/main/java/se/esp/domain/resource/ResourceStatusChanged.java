package se.esp.domain.resource;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A resource moved in its lifecycle: verified (first competence verified), active (first assignment), suspended
 * or reinstated.
 *
 * @param reason why, in plain language
 */
public record ResourceStatusChanged(UUID eventId, Instant occurredAt, ResourceId resourceId,
                                    ResourceStatus previousStatus, ResourceStatus status, String reason)
        implements ResourceEvent {

    public ResourceStatusChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(previousStatus, "previousStatus");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }
}

package se.esp.domain.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A scaling project moved to a new status on a day (the day decides the month its fee is settled in). */
public record ScalingProjectStatusChanged(UUID eventId, Instant occurredAt, ScalingProjectId projectId,
                                          ScalingProjectStatus previous, ScalingProjectStatus status, LocalDate on)
        implements ScalingProjectEvent {

    public ScalingProjectStatusChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(on, "on");
    }
}

package se.esp.domain.fee;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A joint cost was recorded, to be split by its cost key. */
public record JointCostRecorded(UUID eventId, Instant occurredAt, FeeScheduleId scheduleId, JointCost jointCost)
        implements FeeScheduleEvent {

    public JointCostRecorded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(jointCost, "jointCost");
    }
}

package se.esp.domain.fee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A joint cost was cancelled; if it was settled in a closed period, the next open period credits it back. */
public record JointCostCancelled(UUID eventId, Instant occurredAt, FeeScheduleId scheduleId, FeeItemId jointCostId,
                                 LocalDate cancelledOn) implements FeeScheduleEvent {

    public JointCostCancelled {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(jointCostId, "jointCostId");
        Objects.requireNonNull(cancelledOn, "cancelledOn");
    }
}

package se.esp.domain.fee;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An organisation became a member and owes the entry fee and annual fees. */
public record MembershipStarted(UUID eventId, Instant occurredAt, FeeScheduleId scheduleId, Membership membership)
        implements FeeScheduleEvent {

    public MembershipStarted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(membership, "membership");
    }
}

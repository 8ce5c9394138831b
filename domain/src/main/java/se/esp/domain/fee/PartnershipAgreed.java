package se.esp.domain.fee;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A partner agreed to pay a fixed fee per billing period. */
public record PartnershipAgreed(UUID eventId, Instant occurredAt, FeeScheduleId scheduleId, Partnership partnership)
        implements FeeScheduleEvent {

    public PartnershipAgreed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(partnership, "partnership");
    }
}

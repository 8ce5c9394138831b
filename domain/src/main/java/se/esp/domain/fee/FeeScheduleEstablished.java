package se.esp.domain.fee;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The owner established the fee schedule with its first rates. */
public record FeeScheduleEstablished(UUID eventId, Instant occurredAt, FeeScheduleId scheduleId, RatesVersion rates)
        implements FeeScheduleEvent {

    public FeeScheduleEstablished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(rates, "rates");
    }
}

package se.esp.domain.fee;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** New rates apply from a date; earlier versions stay as they were. */
public record FeeRatesChanged(UUID eventId, Instant occurredAt, FeeScheduleId scheduleId, RatesVersion rates)
        implements FeeScheduleEvent {

    public FeeRatesChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(rates, "rates");
    }
}

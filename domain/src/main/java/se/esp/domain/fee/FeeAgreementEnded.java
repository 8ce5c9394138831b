package se.esp.domain.fee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A partnership or membership ends on {@code lastDay} (inclusive); fees after it are no longer due. */
public record FeeAgreementEnded(UUID eventId, Instant occurredAt, FeeScheduleId scheduleId, FeeItemId agreementId,
                                Kind kind, LocalDate lastDay) implements FeeScheduleEvent {

    /** Which kind of agreement ended. */
    public enum Kind {
        PARTNERSHIP,
        MEMBERSHIP
    }

    public FeeAgreementEnded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lastDay, "lastDay");
    }
}

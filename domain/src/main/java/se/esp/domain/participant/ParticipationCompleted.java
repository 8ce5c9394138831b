package se.esp.domain.participant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The participation ended; the retention period of the personal data starts. */
public record ParticipationCompleted(UUID eventId, Instant occurredAt, ParticipantId participantId) implements ParticipantEvent {

    public ParticipationCompleted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(participantId, "participantId");
    }
}

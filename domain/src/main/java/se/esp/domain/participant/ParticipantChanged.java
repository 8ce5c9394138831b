package se.esp.domain.participant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The participant's personal data was changed (what changed is deliberately not said). */
public record ParticipantChanged(UUID eventId, Instant occurredAt, ParticipantId participantId) implements ParticipantEvent {

    public ParticipantChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(participantId, "participantId");
    }
}

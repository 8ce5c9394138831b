package se.esp.domain.participant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The participant's personal data was removed for good. */
public record ParticipantAnonymised(UUID eventId, Instant occurredAt, ParticipantId participantId) implements ParticipantEvent {

    public ParticipantAnonymised {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(participantId, "participantId");
    }
}

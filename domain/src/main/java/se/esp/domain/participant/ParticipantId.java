package se.esp.domain.participant;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.Ids;

/** Identifies a participant; reveals nothing about the person. */
public record ParticipantId(UUID value) {

    public ParticipantId {
        Objects.requireNonNull(value, "value");
    }

    public static ParticipantId newId() {
        return new ParticipantId(UUID.randomUUID());
    }

    public static ParticipantId parse(String text) {
        return new ParticipantId(Ids.uuid(text, "participantId", "is not a participant id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

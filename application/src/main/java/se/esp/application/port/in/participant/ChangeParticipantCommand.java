package se.esp.application.port.in.participant;

import java.util.Objects;

import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantId;

/**
 * Replace a participant's personal data, based on the version read. An identity number can be kept or removed
 * but not added here: whether one is kept is the application form's decision, made at registration.
 */
public record ChangeParticipantCommand(ParticipantId id, long expectedVersion, ParticipantDetails details) {

    public ChangeParticipantCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
    }
}

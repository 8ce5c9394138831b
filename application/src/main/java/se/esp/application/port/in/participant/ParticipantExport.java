package se.esp.application.port.in.participant;

import java.util.List;
import java.util.Objects;

import se.esp.application.port.out.ParticipantCredentials;
import se.esp.application.port.out.PersonalDataAccess;
import se.esp.domain.participant.Participant;

/**
 * Everything the platform holds about one participant: the data itself, who has read or changed it, and the
 * micro-credentials issued to the participant (with their revocations).
 */
public record ParticipantExport(Participant participant, List<PersonalDataAccess> accesses,
                                List<ParticipantCredentials.Held> credentials) {

    public ParticipantExport {
        Objects.requireNonNull(participant, "participant");
        accesses = List.copyOf(accesses);
        credentials = List.copyOf(credentials);
    }
}

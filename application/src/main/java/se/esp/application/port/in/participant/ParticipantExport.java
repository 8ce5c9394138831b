package se.esp.application.port.in.participant;

import java.util.List;
import java.util.Objects;

import se.esp.application.port.out.PersonalDataAccess;
import se.esp.domain.participant.Participant;

/** Everything the platform holds about one participant: the data itself and who has read or changed it. */
public record ParticipantExport(Participant participant, List<PersonalDataAccess> accesses) {

    public ParticipantExport {
        Objects.requireNonNull(participant, "participant");
        accesses = List.copyOf(accesses);
    }
}

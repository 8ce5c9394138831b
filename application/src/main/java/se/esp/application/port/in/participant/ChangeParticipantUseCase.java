package se.esp.application.port.in.participant;

import se.esp.application.security.ActingUser;
import se.esp.domain.participant.Participant;

public interface ChangeParticipantUseCase {

    /** Consumer staff of the participant's organisation correct the personal data; audit-logged. */
    Participant change(ActingUser actor, ChangeParticipantCommand command);
}

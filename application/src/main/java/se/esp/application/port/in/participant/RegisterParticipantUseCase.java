package se.esp.application.port.in.participant;

import se.esp.application.security.ActingUser;
import se.esp.domain.participant.Participant;

public interface RegisterParticipantUseCase {

    /** Consumer staff register a participant of their own organisation; the registration is audit-logged. */
    Participant register(ActingUser actor, RegisterParticipantCommand command);
}

package se.esp.application.port.in.participant;

import se.esp.application.security.ActingUser;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantId;

public interface CompleteParticipationUseCase {

    /**
     * The participation ended, so the retention period starts. Consumer staff of the participant's organisation,
     * or the platform itself when an application completes (applications call this).
     */
    Participant complete(ActingUser actor, ParticipantId id);
}

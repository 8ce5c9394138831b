package se.esp.application.port.in.participant;

import se.esp.application.security.ActingUser;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantId;

public interface GetParticipantQuery {

    /**
     * Only the applying consumer organisation's staff, and (with deliveries) the delivering supplier's staff and
     * the assigned resources, may read a participant; anyone else gets {@code PARTICIPANT_NOT_FOUND}, exactly as
     * for an id that does not exist. Every attempt, allowed or not, is audit-logged.
     */
    Participant get(ActingUser actor, ParticipantId id);
}

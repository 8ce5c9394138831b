package se.esp.application.port.in.participant;

import se.esp.application.security.ActingUser;
import se.esp.domain.participant.ParticipantId;

public interface ExportParticipantQuery {

    /**
     * A participant's data and its audit trail, for a request from the person (right of access). Only staff of
     * the consumer organisation answering for the data may export; the export itself is audit-logged.
     */
    ParticipantExport export(ActingUser actor, ParticipantId id);
}

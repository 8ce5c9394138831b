package se.esp.application.port.out;

import java.util.List;

import se.esp.domain.participant.ParticipantId;

/**
 * The append-only audit log of personal data. There is deliberately no way to change or remove a line through
 * this port (or any other): what was read stays known, also after the participant is anonymised. Called inside
 * {@link Transactions#inTransaction}.
 */
public interface PersonalDataAuditLog {

    void record(PersonalDataAccess access);

    /** Every line about one participant, oldest first. */
    List<PersonalDataAccess> about(ParticipantId participant);
}

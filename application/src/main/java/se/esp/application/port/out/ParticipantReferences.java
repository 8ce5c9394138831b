package se.esp.application.port.out;

import se.esp.domain.participant.ParticipantId;

/**
 * What other areas keep about a participant beyond the participant record itself — an application's answers to the
 * offering's form and the target groups stated for them. When a participant is anonymised, these are erased in the
 * same transaction, so nothing about the person outlives the retention period. Called inside
 * {@link Transactions#inTransaction}; implemented by the applications area.
 */
@FunctionalInterface
public interface ParticipantReferences {

    void erase(ParticipantId participant);
}

package se.esp.application.port.out;

import se.esp.application.security.ActingUser;
import se.esp.domain.participant.ParticipantId;

/**
 * Answers whether a user takes part in delivering to a participant: staff of the delivering supplier, or a
 * resource person assigned to the delivery. Deliveries come with applications and matching; until then nobody
 * does ({@link #NONE}). That capability implements this port, and the participant read policy needs no change.
 */
@FunctionalInterface
public interface ParticipantDeliveryAccess {

    /** No deliveries exist yet: no supplier staff or resource person is involved with any participant. */
    ParticipantDeliveryAccess NONE = (user, participant) -> false;

    /** Called inside a transaction, after the role check; must not reveal anything by itself. */
    boolean involves(ActingUser user, ParticipantId participant);
}

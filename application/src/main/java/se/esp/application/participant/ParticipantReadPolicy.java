package se.esp.application.participant;

import java.util.Objects;

import se.esp.application.port.out.ParticipantDeliveryAccess;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.participant.Participant;

/**
 * Who may read a participant (DOMAIN.md, "Personal data"): staff of the applying consumer organisation; staff of
 * the delivering supplier and the resources assigned to the delivery, as answered by
 * {@link ParticipantDeliveryAccess}. Nobody else — not a platform administrator, not a coordinator.
 */
public final class ParticipantReadPolicy {

    /** The roles that can ever read a participant; other roles are refused before anything is looked up. */
    public static final UserRole[] READER_ROLES = {
        UserRole.CONSUMER_STAFF, UserRole.SUPPLIER_STAFF, UserRole.RESOURCE_PERSON};

    private final ParticipantDeliveryAccess deliveries;

    public ParticipantReadPolicy(ParticipantDeliveryAccess deliveries) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    }

    public boolean maySee(ActingUser actor, Participant participant) {
        if (actor.has(UserRole.CONSUMER_STAFF) && actor.actsFor(participant.consumer())) {
            return true;
        }
        return (actor.has(UserRole.SUPPLIER_STAFF) || actor.has(UserRole.RESOURCE_PERSON))
                && deliveries.involves(actor, participant.id());
    }

    /** Changing, exporting and completing are the answering consumer organisation's alone. */
    public boolean answersFor(ActingUser actor, Participant participant) {
        return actor.has(UserRole.CONSUMER_STAFF) && actor.actsFor(participant.consumer());
    }
}

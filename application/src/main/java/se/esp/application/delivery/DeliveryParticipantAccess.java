package se.esp.application.delivery;

import java.util.Objects;

import se.esp.application.port.out.Deliveries;
import se.esp.application.port.out.ParticipantDeliveryAccess;
import se.esp.application.port.out.Resources;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.resource.Resource;

/**
 * Who takes part in delivering to a participant (DOMAIN.md, "Personal data"): staff of the supplier of a delivery
 * the participant has a place in, and the resource person leading such a delivery — for as long as the delivery is
 * kept, including after it ended, since they may need to answer for it.
 */
public final class DeliveryParticipantAccess implements ParticipantDeliveryAccess {

    private final Deliveries deliveries;
    private final Resources resources;

    public DeliveryParticipantAccess(Deliveries deliveries, Resources resources) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.resources = Objects.requireNonNull(resources, "resources");
    }

    @Override
    public boolean involves(ActingUser user, ParticipantId participant) {
        var placed = deliveries.withParticipant(participant);
        if (placed.isEmpty()) {
            return false;
        }
        if (user.has(UserRole.SUPPLIER_STAFF) && placed.stream().anyMatch(d -> user.actsFor(d.supplier()))) {
            return true;
        }
        return user.has(UserRole.RESOURCE_PERSON) && resources.findByPersonUserId(user.userId()).map(Resource::id)
                .filter(own -> placed.stream().anyMatch(d -> d.resource().resource().equals(own))).isPresent();
    }
}

package se.esp.application.port.in.delivery;

import se.esp.application.security.ActingUser;
import se.esp.domain.delivery.DeliveryId;

public interface GetDeliveryQuery {

    /**
     * Supplier staff of the delivering supplier, consumer staff of an organisation with participants in it, the
     * resource person leading it and platform administrators read a delivery, each as {@link DeliveryView} says.
     * Anybody else in those roles gets {@code DELIVERY_NOT_FOUND}; coordinators are refused.
     */
    DeliveryView get(ActingUser actor, DeliveryId id);
}

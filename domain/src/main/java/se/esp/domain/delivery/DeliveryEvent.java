package se.esp.domain.delivery;

import se.esp.domain.shared.DomainEvent;

/** Everything that can happen to a delivery. Ids, counts and dates only: never a participant's data. */
public sealed interface DeliveryEvent extends DomainEvent
        permits DeliveryOpened, DeliverySeatsChanged, DeliveryStatusChanged {

    DeliveryId deliveryId();

    @Override
    default String aggregateId() {
        return deliveryId().toString();
    }
}

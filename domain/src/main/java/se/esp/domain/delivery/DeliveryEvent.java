package se.esp.domain.delivery;

import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainEventVisitor;

/** Everything that can happen to a delivery. Ids, counts and dates only: never a participant's data. */
public sealed interface DeliveryEvent extends DomainEvent
        permits DeliveryOpened, DeliverySeatsChanged, DeliveryStatusChanged {

    DeliveryId deliveryId();

    @Override
    default String aggregateId() {
        return deliveryId().toString();
    }

    @Override
    default <R> R accept(DomainEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}

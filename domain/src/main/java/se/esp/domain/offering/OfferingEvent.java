package se.esp.domain.offering;

import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainEventVisitor;

/** Everything that can happen to an offering. */
public sealed interface OfferingEvent extends DomainEvent
        permits OfferingVersionPublished, OfferingSuspended, OfferingResumed, OfferingRetired {

    OfferingId offeringId();

    @Override
    default String aggregateId() {
        return offeringId().toString();
    }

    @Override
    default <R> R accept(DomainEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}

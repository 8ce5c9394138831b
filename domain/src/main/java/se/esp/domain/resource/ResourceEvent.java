package se.esp.domain.resource;

import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainEventVisitor;

/** Everything that can happen to a resource. */
public sealed interface ResourceEvent extends DomainEvent
        permits ResourceRegistered, ResourceProfileChanged, CompetenceDeclared, CompetenceVerified,
        CompetenceRejected, ResourceStatusChanged {

    ResourceId resourceId();

    @Override
    default String aggregateId() {
        return resourceId().toString();
    }

    @Override
    default <R> R accept(DomainEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}

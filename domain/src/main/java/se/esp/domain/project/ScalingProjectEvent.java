package se.esp.domain.project;

import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainEventVisitor;

/** Everything that can happen to a scaling project. */
public sealed interface ScalingProjectEvent extends DomainEvent
        permits ScalingProjectRegistered, ScalingProjectStatusChanged {

    ScalingProjectId projectId();

    @Override
    default String aggregateId() {
        return projectId().toString();
    }

    @Override
    default <R> R accept(DomainEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}

package se.esp.domain.organisation;

import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainEventVisitor;

/** Everything that can happen to an organisation. */
public sealed interface OrganisationEvent extends DomainEvent
        permits OrganisationRegistered, OrganisationUpdated, OrganisationRolesChanged {

    OrganisationId organisationId();

    @Override
    default String aggregateId() {
        return organisationId().toString();
    }

    @Override
    default <R> R accept(DomainEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}

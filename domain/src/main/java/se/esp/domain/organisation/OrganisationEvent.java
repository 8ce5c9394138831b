package se.esp.domain.organisation;

import se.esp.domain.shared.DomainEvent;

/** Everything that can happen to an organisation. */
public sealed interface OrganisationEvent extends DomainEvent
        permits OrganisationRegistered, OrganisationUpdated, OrganisationRolesChanged {

    OrganisationId organisationId();

    @Override
    default String aggregateId() {
        return organisationId().toString();
    }
}

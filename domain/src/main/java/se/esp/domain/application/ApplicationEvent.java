package se.esp.domain.application;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainEventVisitor;

/** Everything that can happen to an application. Ids, codes and dates only: never a participant's data. */
public sealed interface ApplicationEvent extends DomainEvent permits ApplicationReceived, ApplicationStatusChanged {

    ApplicationId applicationId();

    /** The applying consumer organisation. */
    OrganisationId consumer();

    @Override
    default String aggregateId() {
        return applicationId().toString();
    }

    @Override
    default <R> R accept(DomainEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}

package se.esp.bootstrap.wiring;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.application.organisation.OrganisationService;
import se.esp.application.port.in.organisation.ChangeOrganisationRolesUseCase;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.application.port.in.organisation.ListOrganisationsQuery;
import se.esp.application.port.in.organisation.RegisterOrganisationUseCase;
import se.esp.application.port.in.organisation.UpdateOrganisationUseCase;

/** Builds each service once, with its adapters, and offers it under every use case it implements. */
@ApplicationScoped
public class UseCaseProducer {

    @Inject
    PersistenceAdapters persistence;

    private final Clock clock = Clock.systemUTC();
    private OrganisationService organisations;

    @PostConstruct
    void build() {
        organisations = new OrganisationService(persistence.organisations(), persistence.outbox(),
                persistence.transactions(), clock);
    }

    @Produces
    Clock clock() {
        return clock;
    }

    @Produces
    RegisterOrganisationUseCase registerOrganisation() {
        return organisations;
    }

    @Produces
    UpdateOrganisationUseCase updateOrganisation() {
        return organisations;
    }

    @Produces
    ChangeOrganisationRolesUseCase changeOrganisationRoles() {
        return organisations;
    }

    @Produces
    GetOrganisationQuery getOrganisation() {
        return organisations;
    }

    @Produces
    ListOrganisationsQuery listOrganisations() {
        return organisations;
    }
}

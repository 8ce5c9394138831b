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

/**
 * The organisation service, built once with its adapters and offered under every use case it implements. Each
 * area has a producer like this one ({@code <Area>UseCases}).
 */
@ApplicationScoped
public class OrganisationUseCases {

    @Inject
    PersistenceAdapters persistence;

    @Inject
    Clock clock;

    private OrganisationService organisations;

    @PostConstruct
    void build() {
        organisations = new OrganisationService(persistence.organisations(), persistence.catalogue(),
                persistence.outbox(), persistence.transactions(), clock, persistence.settlementPeriods());
    }

    @Produces
    @ApplicationScoped
    RegisterOrganisationUseCase registerOrganisation() {
        return organisations;
    }

    @Produces
    @ApplicationScoped
    UpdateOrganisationUseCase updateOrganisation() {
        return organisations;
    }

    @Produces
    @ApplicationScoped
    ChangeOrganisationRolesUseCase changeOrganisationRoles() {
        return organisations;
    }

    @Produces
    @ApplicationScoped
    GetOrganisationQuery getOrganisation() {
        return organisations;
    }

    @Produces
    @ApplicationScoped
    ListOrganisationsQuery listOrganisations() {
        return organisations;
    }
}

package se.esp.bootstrap.wiring;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.application.matching.MatchingTrigger;
import se.esp.application.port.in.resource.ChangeResourceProfileUseCase;
import se.esp.application.port.in.resource.CompetenceQueueQuery;
import se.esp.application.port.in.resource.DeclareCompetenceUseCase;
import se.esp.application.port.in.resource.GetResourceQuery;
import se.esp.application.port.in.resource.ListResourcesQuery;
import se.esp.application.port.in.resource.OwnResourceQuery;
import se.esp.application.port.in.resource.RegisterResourceUseCase;
import se.esp.application.port.in.resource.RejectCompetenceUseCase;
import se.esp.application.port.in.resource.SuspendResourceUseCase;
import se.esp.application.port.in.resource.VerifyCompetenceUseCase;
import se.esp.application.resource.ResourceService;

/**
 * The resource service, built once with its adapters and offered under every use case it implements; every change
 * of supply it stores (a competence verified, a resource reinstated, a profile changed) runs matching.
 */
@ApplicationScoped
public class ResourceUseCases {

    @Inject
    PersistenceAdapters persistence;

    @Inject
    Clock clock;

    @Inject
    MatchingTrigger matching;

    private ResourceService resources;

    @PostConstruct
    void build() {
        resources = new ResourceService(persistence.resources(), persistence.organisations(), persistence.outbox(),
                persistence.transactions(), clock, matching);
    }

    @Produces
    @ApplicationScoped
    RegisterResourceUseCase registerResource() {
        return resources;
    }

    @Produces
    @ApplicationScoped
    ChangeResourceProfileUseCase changeResourceProfile() {
        return resources;
    }

    @Produces
    @ApplicationScoped
    DeclareCompetenceUseCase declareCompetence() {
        return resources;
    }

    @Produces
    @ApplicationScoped
    VerifyCompetenceUseCase verifyCompetence() {
        return resources;
    }

    @Produces
    @ApplicationScoped
    RejectCompetenceUseCase rejectCompetence() {
        return resources;
    }

    @Produces
    @ApplicationScoped
    SuspendResourceUseCase suspendResource() {
        return resources;
    }

    @Produces
    @ApplicationScoped
    GetResourceQuery getResource() {
        return resources;
    }

    @Produces
    @ApplicationScoped
    ListResourcesQuery listResources() {
        return resources;
    }

    @Produces
    @ApplicationScoped
    CompetenceQueueQuery competenceQueue() {
        return resources;
    }

    @Produces
    @ApplicationScoped
    OwnResourceQuery ownResource() {
        return resources;
    }
}

package se.esp.bootstrap.wiring;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.application.matching.MatchingTrigger;
import se.esp.application.offering.CatalogueCapacity;
import se.esp.application.offering.OfferingService;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.port.in.offering.ManageOfferingUseCase;
import se.esp.application.port.in.offering.SearchCatalogueQuery;

/**
 * The offering service, built once with its adapters, under every use case it implements; resuming an offering runs
 * matching ({@link MatchingTrigger}), and catalogue hits carry their capacity from matching's state
 * ({@link CatalogueCapacity}).
 */
@ApplicationScoped
public class OfferingUseCases {

    @Inject
    PersistenceAdapters persistence;

    @Inject
    Clock clock;

    @Inject
    MatchingTrigger matching;

    private OfferingService offerings;

    @PostConstruct
    void build() {
        offerings = new OfferingService(persistence.offerings(), persistence.organisations(), persistence.catalogue(),
                persistence.outbox(), persistence.transactions(), clock, matching,
                new CatalogueCapacity(persistence.offeringRequirements(), persistence.waitingDemand(),
                        persistence.openDeliveries(), persistence.resources(), clock));
    }

    @Produces
    @ApplicationScoped
    FindOfferingsQuery findOfferings() {
        return offerings;
    }

    @Produces
    @ApplicationScoped
    SearchCatalogueQuery searchCatalogue() {
        return offerings;
    }

    @Produces
    @ApplicationScoped
    ManageOfferingUseCase manageOfferings() {
        return offerings;
    }
}

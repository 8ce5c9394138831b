package se.esp.bootstrap.wiring;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.application.matching.MatchingService;
import se.esp.application.matching.MatchingTrigger;
import se.esp.application.port.in.matching.RequestDailyMatchingUseCase;
import se.esp.application.port.in.matching.RunMatchingUseCase;

/**
 * The matching service over the stored demand, supply and deliveries: run on request ({@link RunMatchingUseCase})
 * and automatically ({@link MatchingTrigger}, which the resource, application and delivery services use). Runs of
 * all servers sharing the database are serialised by its {@code matching_lock} row; {@code matching/MatchingSweep}
 * serves requests a crash left pending and requests the daily run ({@link RequestDailyMatchingUseCase}).
 */
@ApplicationScoped
public class MatchingUseCases {

    @Inject
    PersistenceAdapters persistence;

    @Inject
    Clock clock;

    private MatchingService matching;

    @PostConstruct
    void build() {
        matching = new MatchingService(persistence.waitingDemand(), persistence.applications(),
                persistence.resources(), persistence.organisations(), persistence.offeringRequirements(),
                persistence.offerings(), persistence.openDeliveries(), persistence.deliveries(),
                persistence.matchingRuns(), persistence.outbox(), persistence.transactions(), clock);
    }

    @Produces
    @ApplicationScoped
    RunMatchingUseCase runMatching() {
        return matching;
    }

    @Produces
    @ApplicationScoped
    RequestDailyMatchingUseCase requestDailyMatching() {
        return matching;
    }

    @Produces
    @ApplicationScoped
    MatchingTrigger matchingTrigger() {
        return matching;
    }
}

package se.esp.bootstrap.wiring;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.application.port.in.statistics.StatisticsUseCases;
import se.esp.application.statistics.StatisticsService;

/**
 * The statistics service, built once over the storage's aggregating queries. Not named {@code StatisticsUseCases}
 * like the other areas' producers: that is the inbound port's name.
 */
@ApplicationScoped
public class StatisticsWiring {

    @Inject
    PersistenceAdapters persistence;

    private StatisticsService statistics;

    @PostConstruct
    void build() {
        statistics = new StatisticsService(persistence.statistics(), persistence.organisations(),
                persistence.transactions());
    }

    @Produces
    @ApplicationScoped
    StatisticsUseCases statistics() {
        return statistics;
    }
}

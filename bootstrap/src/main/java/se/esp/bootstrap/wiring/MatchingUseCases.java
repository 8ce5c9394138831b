package se.esp.bootstrap.wiring;

import java.time.Clock;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.application.matching.BackgroundMatching;
import se.esp.application.matching.MatchingService;
import se.esp.application.matching.MatchingTrigger;
import se.esp.application.port.in.matching.RequestDailyMatchingUseCase;
import se.esp.application.port.in.matching.RunMatchingUseCase;

/**
 * The matching service over the stored demand, supply and deliveries: run on request ({@link RunMatchingUseCase})
 * and automatically ({@link MatchingTrigger}, which the resource, application and delivery services use). Runs of
 * all servers sharing the database are serialised by its {@code matching_lock} row; {@code matching/MatchingSweep}
 * serves requests a crash left pending and requests the daily run ({@link RequestDailyMatchingUseCase}).
 *
 * <p>{@code esp.matching.answer} (environment {@code ESP_MATCHING_ANSWER}) says when the trigger's run happens:
 * {@code decided} (the default) right after the change's commit in the caller's thread, so a submission's answer
 * carries matching's decision; {@code pending} in the background on this server's managed executor
 * ({@link BackgroundMatching}), so the answer says {@code RECEIVED} and reading the application shows the decision
 * once made (docs/decisions/0004-matching-per-queue.md). Any other value stops the application with a message naming
 * the setting.</p>
 */
@ApplicationScoped
public class MatchingUseCases {

    @Inject
    PersistenceAdapters persistence;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "esp.matching.answer", defaultValue = "decided")
    String answer;

    @Resource
    ManagedExecutorService executor;

    private MatchingService matching;
    private MatchingTrigger trigger;

    @PostConstruct
    void build() {
        matching = new MatchingService(persistence.waitingDemand(), persistence.applications(),
                persistence.resources(), persistence.organisations(), persistence.offeringRequirements(),
                persistence.offerings(), persistence.openDeliveries(), persistence.deliveries(),
                persistence.matchingRuns(), persistence.outbox(), persistence.transactions(), clock);
        trigger = switch (answer.strip().toLowerCase(Locale.ROOT)) {
            case "decided" -> matching;
            case "pending" -> new BackgroundMatching(matching, executor);
            default -> throw new IllegalStateException("ESP_MATCHING_ANSWER must be decided (the answer to a change"
                    + " carries matching's decision) or pending (matching decides in the background); it is '"
                    + answer + "'");
        };
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
        return trigger;
    }
}

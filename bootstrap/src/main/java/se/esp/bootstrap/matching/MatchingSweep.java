package se.esp.bootstrap.matching;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.esp.application.matching.MatchingTrigger;

/**
 * Matching runs right after every change of demand or supply, in the request that made it. If the server stopped
 * between that change's commit and its run, or the run failed, the request stays pending in the database; this sweep
 * serves it every {@code ESP_MATCHING_SWEEP_INTERVAL} (ISO-8601 duration, default {@code PT1M}). Several servers may
 * sweep: runs queue on the database's matching lock, and a sweep with nothing pending does nothing.
 */
@ApplicationScoped
public class MatchingSweep {

    private static final Logger LOG = Logger.getLogger(MatchingSweep.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MatchingTrigger matching;

    @Inject
    @ConfigProperty(name = "esp.matching.sweep-interval", defaultValue = "PT1M")
    String interval;

    private ScheduledFuture<?> scheduled;

    public void schedule() {
        long seconds = Math.max(Duration.parse(interval.strip()).toSeconds(), 1);
        scheduled = scheduler.scheduleWithFixedDelay(matching::runRequested, seconds, seconds, TimeUnit.SECONDS);
        LOG.info(() -> "matching sweep scheduled every " + interval);
    }

    @PreDestroy
    void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}

package se.esp.bootstrap.matching;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.esp.application.matching.MatchingTrigger;
import se.esp.application.port.in.matching.RequestDailyMatchingUseCase;
import se.esp.application.security.ActingUser;
import se.esp.bootstrap.schedule.RepeatedTask;

/**
 * Matching runs right after every change of demand or supply, in the request that made it (or on the server's
 * background worker, with {@code ESP_MATCHING_ANSWER=pending}). If the server stopped between that change's commit
 * and its run, or the run failed, the request stays pending in the database; this sweep
 * serves it every {@code ESP_MATCHING_SWEEP_INTERVAL} (ISO-8601 duration, default {@code PT1M}). Several servers may
 * sweep: runs queue on the database's matching lock, and a sweep with nothing pending does nothing.
 *
 * <p>Time passing changes matching's results with no change recorded (a competence expires, an earliest start
 * arrives), so each sweep first asks for the day's run ({@link RequestDailyMatchingUseCase}): the first sweep after
 * midnight UTC (the platform clock's zone) on any server records a request, claimed on the database so every other
 * sweep that day requests nothing; the run itself is that sweep's.</p>
 */
@ApplicationScoped
public class MatchingSweep {

    private static final Logger LOG = Logger.getLogger(MatchingSweep.class.getName());
    private static final ActingUser SWEEP = ActingUser.system("matching-sweep");

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MatchingTrigger matching;

    @Inject
    RequestDailyMatchingUseCase daily;

    @Inject
    @ConfigProperty(name = "esp.matching.sweep-interval", defaultValue = "PT1M")
    String interval;

    private final RepeatedTask task = new RepeatedTask();

    public void schedule() {
        Duration every = Duration.ofSeconds(Math.max(Duration.parse(interval.strip()).toSeconds(), 1));
        task.start(scheduler, every, every, this::sweepOnce);
        LOG.info(() -> "matching sweep scheduled every " + interval);
    }

    /**
     * One sweep: the day's run requested if no server has yet today, then every pending request served. Never
     * throws (an exception would end the schedule): a failed daily request is tried again by the next sweep.
     */
    public void sweepOnce() {
        try {
            if (daily.requestDailyRun(SWEEP)) {
                LOG.info("requested the daily matching run");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "requesting the daily matching run failed; the next sweep tries again", e);
        }
        matching.runRequested();
    }

    @PreDestroy
    void stop() {
        task.stop();
    }
}

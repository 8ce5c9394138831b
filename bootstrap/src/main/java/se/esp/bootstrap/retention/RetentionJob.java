package se.esp.bootstrap.retention;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.esp.application.port.in.participant.AnonymiseExpiredParticipantsUseCase;
import se.esp.application.port.in.schedule.ClaimScheduledRunUseCase;
import se.esp.application.security.ActingUser;
import se.esp.bootstrap.schedule.RepeatedTask;

/**
 * Anonymises participants whose retention period after completion has run out, a minute after start and then
 * every {@code ESP_PERSONAL_DATA_RETENTION_JOB_INTERVAL} (ISO-8601 duration, default {@code PT6H}, at least a
 * minute). Runs on the server's managed scheduler, so it stops with the application. Logs counts only, never who.
 *
 * <p>Every server schedules it, but of all servers on one database only one anonymises per interval: each run first
 * claims the current period (the interval aligned to the epoch, {@link ClaimScheduledRunUseCase}, job
 * {@value #JOB}); a run that finds the period claimed does nothing.</p>
 */
@ApplicationScoped
public class RetentionJob {

    /** The job's name in the claims of periods. */
    static final String JOB = "personal-data-retention";

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    private static final ActingUser RETENTION = ActingUser.system("personal-data-retention");
    private static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(1);
    private static final Duration FIRST_RUN_AFTER = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AnonymiseExpiredParticipantsUseCase anonymise;

    @Inject
    ClaimScheduledRunUseCase claims;

    @Inject
    @ConfigProperty(name = "esp.personal-data.retention-job.interval", defaultValue = "PT6H")
    String interval;

    private final RepeatedTask task = new RepeatedTask();

    public void schedule() {
        task.start(scheduler, FIRST_RUN_AFTER, Duration.ofSeconds(every().toSeconds()), this::runOnce);
        LOG.info(() -> "personal-data retention job scheduled every " + interval);
    }

    /**
     * One run, if it claims the current period; a failure is logged and retried at the next run, the job keeps
     * going.
     */
    public int runOnce() {
        try {
            if (!claims.claimRun(RETENTION, JOB, every())) {
                LOG.fine("retention: this period's run is another run's; skipped");
                return 0;
            }
            int anonymised = anonymise.anonymiseExpired(RETENTION);
            if (anonymised > 0) {
                LOG.info(() -> "retention: " + anonymised + " participants anonymised");
            }
            return anonymised;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "retention: the run failed; it is retried at the next run", e);
            return 0;
        }
    }

    /** The interval the job runs at, which is also the period it claims. */
    Duration every() {
        Duration every = Duration.parse(interval.strip());
        return every.compareTo(SHORTEST_INTERVAL) < 0 ? SHORTEST_INTERVAL : every;
    }

    @PreDestroy
    void stop() {
        task.stop();
    }
}

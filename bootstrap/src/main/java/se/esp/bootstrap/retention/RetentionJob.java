package se.esp.bootstrap.retention;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.esp.application.port.in.participant.AnonymiseExpiredParticipantsUseCase;
import se.esp.application.security.ActingUser;

/**
 * Anonymises participants whose retention period after completion has run out, a minute after start and then
 * every {@code ESP_PERSONAL_DATA_RETENTION_JOB_INTERVAL} (ISO-8601 duration, default {@code PT6H}). Runs on the
 * server's managed scheduler, so it stops with the application. Logs counts only, never who.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    private static final ActingUser RETENTION = ActingUser.system("personal-data-retention");

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AnonymiseExpiredParticipantsUseCase anonymise;

    @Inject
    @ConfigProperty(name = "esp.personal-data.retention-job.interval", defaultValue = "PT6H")
    String interval;

    private ScheduledFuture<?> scheduled;

    public void schedule() {
        long seconds = Duration.parse(interval.strip()).toSeconds();
        scheduled = scheduler.scheduleWithFixedDelay(this::runOnce, 60, Math.max(seconds, 60), TimeUnit.SECONDS);
        LOG.info(() -> "personal-data retention job scheduled every " + interval);
    }

    /** One run; a failure is logged and retried at the next run, the job keeps going. */
    public int runOnce() {
        try {
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

    @PreDestroy
    void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}

package se.esp.bootstrap.relay;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.esp.application.port.in.outbox.PurgePublishedEventsUseCase;
import se.esp.application.port.in.schedule.ClaimScheduledRunUseCase;
import se.esp.application.security.ActingUser;
import se.esp.bootstrap.schedule.RepeatedTask;

/**
 * Deletes published outbox events older than {@code esp.outbox.retention} (environment
 * {@code ESP_OUTBOX_RETENTION}; an ISO-8601 period such as {@code P30D}, the default, or {@code P1M}, or a
 * duration such as {@code PT12H}), a minute after start and then every {@code esp.outbox.purge-interval}
 * ({@code ESP_OUTBOX_PURGE_INTERVAL}, default {@code PT1H}), on the server's managed scheduler. A retention of zero
 * ({@code P0D}) turns the purge off: published events are then kept for ever. Events waiting to be published are
 * never deleted.
 *
 * <p>Every server schedules the purge, but of all servers on one database only one purges per interval: each run
 * first claims the current period (the interval aligned to the epoch, {@link ClaimScheduledRunUseCase}, job
 * {@value #JOB}); a run that finds the period claimed by another server, or by this one's earlier run, does nothing
 * but count itself in {@code esp_outbox_purge_skipped_total}.</p>
 */
@ApplicationScoped
public class OutboxPurgeJob {

    static final String RETENTION = "esp.outbox.retention";
    static final String INTERVAL = "esp.outbox.purge-interval";
    /** The job's name in the claims of periods. */
    static final String JOB = "outbox-purge";

    private static final Logger LOG = Logger.getLogger(OutboxPurgeJob.class.getName());
    private static final ActingUser PURGE = ActingUser.system("outbox-retention");
    private static final Duration FIRST_RUN_AFTER = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PurgePublishedEventsUseCase purge;

    @Inject
    ClaimScheduledRunUseCase claims;

    @Inject
    RelayMetrics metrics;

    @Inject
    @ConfigProperty(name = RETENTION, defaultValue = "P30D")
    String retention;

    @Inject
    @ConfigProperty(name = INTERVAL, defaultValue = "PT1H")
    String interval;

    private final RepeatedTask task = new RepeatedTask();

    /**
     * Schedules the purge, unless the retention is zero; a retention or interval that is not a positive ISO-8601
     * amount stops the start here, naming the setting.
     *
     * @return whether the purge was scheduled
     */
    public synchronized boolean schedule() {
        Optional<TemporalAmount> kept = retention(retention);
        Duration every = interval(interval);
        if (kept.isEmpty()) {
            LOG.info(() -> "the purge of published events is off (" + RETENTION + "=" + retention.strip()
                    + "): the outbox keeps them for ever");
            return false;
        }
        if (task.start(scheduler, FIRST_RUN_AFTER, Duration.ofSeconds(every.toSeconds()), this::runOnce)) {
            LOG.info(() -> "published events are kept for " + kept.get() + " and purged every " + every);
        }
        return true;
    }

    /**
     * One purge pass, if this run claims the current period; a failure is logged and the next run tries again, the
     * job keeps going.
     *
     * @return how many published events were deleted
     */
    public int runOnce() {
        try {
            Optional<TemporalAmount> kept = retention(retention);
            if (kept.isEmpty()) {
                return 0;
            }
            if (!claims.claimRun(PURGE, JOB, interval(interval))) {
                metrics.purgeSkipped();
                LOG.fine("outbox retention: this period's purge is another run's; skipped");
                return 0;
            }
            metrics.purgeRan();
            int purged = purge.purgePublished(PURGE, kept.get());
            metrics.purged(purged);
            if (purged > 0) {
                LOG.info(() -> "outbox retention: " + purged + " published events older than " + kept.get()
                        + " deleted");
            }
            return purged;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox retention: the purge failed; the next run tries again", e);
            return 0;
        }
    }

    /**
     * The retention as a period ({@code P30D}, {@code P1M}, {@code P1Y}) or, with a time part, a duration
     * ({@code PT12H}, {@code P1DT12H}); empty for zero, which turns the purge off.
     */
    static Optional<TemporalAmount> retention(String value) {
        String text = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
        TemporalAmount amount;
        boolean zero;
        boolean negative;
        try {
            if (text.contains("T")) {
                Duration duration = Duration.parse(text);
                amount = duration;
                zero = duration.isZero();
                negative = duration.isNegative();
            } else {
                Period period = Period.parse(text);
                amount = period;
                zero = period.isZero();
                negative = period.isNegative(); // any unit below zero, P1M-1D too
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(RETENTION + " must be an ISO-8601 period or duration such as P30D,"
                    + " P1M or PT12H (P0D: keep published events for ever), not " + value, e);
        }
        if (negative) {
            throw new IllegalArgumentException(RETENTION + " must not be negative: " + value);
        }
        return zero ? Optional.empty() : Optional.of(amount);
    }

    static Duration interval(String value) {
        Duration every;
        try {
            every = Duration.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(INTERVAL + " must be an ISO-8601 duration such as PT1H, not " + value,
                    e);
        }
        if (every.toSeconds() < 1) {
            throw new IllegalArgumentException(INTERVAL + " must be at least a second: " + value);
        }
        return every;
    }

    @PreDestroy
    synchronized void stop() {
        task.stop();
    }
}

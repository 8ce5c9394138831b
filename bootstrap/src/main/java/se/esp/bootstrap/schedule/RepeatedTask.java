package se.esp.bootstrap.schedule;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One job's schedule on the server's managed scheduled executor (Jakarta Concurrency), so it stops with the
 * application: a first run after a delay, then one {@code every} after the previous run ended, so runs of one job
 * never overlap on one server. Whether a run is this server's (once per period across servers) and what it logs stay
 * with the job. A run that throws all the same is logged and the schedule goes on: a scheduled executor stops
 * repeating a task whose run threw, and a job that stopped for good would leave its work undone until a restart.
 */
public final class RepeatedTask {

    private static final Logger LOG = Logger.getLogger(RepeatedTask.class.getName());

    private ScheduledFuture<?> scheduled;

    /**
     * Repeats {@code run}; a task already started is left as it is.
     *
     * @return whether this call started it
     */
    public synchronized boolean start(ScheduledExecutorService executor, Duration firstAfter, Duration every,
                                      Runnable run) {
        if (scheduled != null) {
            return false;
        }
        scheduled = executor.scheduleWithFixedDelay(() -> runGoingOn(run), firstAfter.toMillis(),
                every.toMillis(), TimeUnit.MILLISECONDS);
        return true;
    }

    private static void runGoingOn(Runnable run) {
        try {
            run.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "a run of a scheduled job failed; it runs again at its next period", e);
        }
    }

    /** Stops repeating (a run under way finishes); the application's {@code @PreDestroy}. */
    public synchronized void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
    }
}

package se.esp.bootstrap.schedule;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One job's schedule on the server's managed scheduled executor (Jakarta Concurrency), so it stops with the
 * application: a first run after a delay, then one {@code every} after the previous run ended, so runs of one job
 * never overlap on one server. Whether a run is this server's (once per period across servers) and what it logs stay
 * with the job; its run must not throw, or the executor stops repeating it.
 */
public final class RepeatedTask {

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
        scheduled = executor.scheduleWithFixedDelay(run, firstAfter.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        return true;
    }

    /** Stops repeating (a run under way finishes); the application's {@code @PreDestroy}. */
    public synchronized void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
    }
}

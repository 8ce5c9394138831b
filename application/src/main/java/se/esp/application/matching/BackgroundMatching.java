package se.esp.application.matching;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import se.esp.domain.matching.MatchingQueue;

/**
 * Matching decided in the background: a change records its request in its own transaction as always, and after the
 * commit {@link #runRequested()} only signals a worker and returns, so the caller answers at once (an application
 * {@code RECEIVED}: matching's decision follows, and reading the application shows it). One worker per server runs
 * the wrapped trigger's pass; every signal that arrives while a pass works is served by one more pass right after
 * it, so a burst of any size costs one pass beyond the one running. Across servers the database lock orders the
 * passes as before.
 *
 * <p>Nothing is lost that was acknowledged: the request is in the database with the change. A signal the executor
 * refuses (the server stopping) or a pass that fails leaves its requests pending for the next pass or the periodic
 * sweep.</p>
 *
 * <p>Chosen per server ({@code ESP_MATCHING_ANSWER=pending}); the default answers with the decision
 * ({@code docs/decisions/0004-matching-per-queue.md}).</p>
 */
public final class BackgroundMatching implements MatchingTrigger {

    private static final System.Logger LOG = System.getLogger(BackgroundMatching.class.getName());

    private final MatchingTrigger passes;
    private final Executor worker;
    /** A change committed since the running pass began (or since the last one, if none runs). */
    private final AtomicBoolean due = new AtomicBoolean();
    /** Whether a worker task is scheduled or running; at most one is. */
    private final AtomicBoolean working = new AtomicBoolean();
    private final Runnable beforeRelease;

    /**
     * @param passes runs one pass over what is pending, synchronously ({@link MatchingService})
     * @param worker where the pass runs; on a server, a managed executor (the pass uses the server's transactions)
     */
    public BackgroundMatching(MatchingTrigger passes, Executor worker) {
        this(passes, worker, () -> {
        });
    }

    /** @param beforeRelease runs when the worker found no signal left, before it lets go (for tests of that gap) */
    BackgroundMatching(MatchingTrigger passes, Executor worker, Runnable beforeRelease) {
        this.passes = Objects.requireNonNull(passes, "passes");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.beforeRelease = Objects.requireNonNull(beforeRelease, "beforeRelease");
    }

    @Override
    public void requestWithin(String reason) {
        passes.requestWithin(reason);
    }

    @Override
    public void requestFor(MatchingQueue queue, String reason) {
        passes.requestFor(queue, reason);
    }

    /** Signals the worker and returns at once; never throws. */
    @Override
    public void runRequested() {
        due.set(true);
        if (working.compareAndSet(false, true)) {
            try {
                worker.execute(this::work);
            } catch (RejectedExecutionException e) {
                working.set(false);
                LOG.log(System.Logger.Level.WARNING, "no background matching pass could be started; the requests stay"
                        + " pending for the periodic sweep", e);
            }
        }
    }

    @Override
    public boolean decidesBeforeAnswering() {
        return false;
    }

    /**
     * Passes until no signal is left. A signal that arrives after the last check but before {@code working} is
     * released found {@code working} set and started nothing, so the check is repeated after the release.
     */
    private void work() {
        do {
            try {
                while (due.getAndSet(false)) {
                    passes.runRequested();
                }
                beforeRelease.run();
            } finally {
                working.set(false);
            }
        } while (due.get() && working.compareAndSet(false, true));
    }
}

package se.esp.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import se.esp.domain.matching.MatchingQueue;

/**
 * Matching's bookkeeping in the shared database, so that automatic matching is neither lost nor run twice at once
 * by several servers: a change of demand or supply records a request in its own transaction (durable with the
 * change); a run takes the platform-wide matching lock first thing in its transaction — a row lock, held until
 * commit, so every server's runs queue on the database, not in a JVM — and marks the requests it served as done.
 * Called inside {@link Transactions#inTransaction}.
 */
public interface MatchingRuns {

    /** Demand or supply changed: a matching run over everything is due. Part of the caller's transaction. */
    void request(String reason, Instant at);

    /** Demand changed in one queue: a matching run over that queue is due. Part of the caller's transaction. */
    void requestFor(MatchingQueue queue, String reason, Instant at);

    /**
     * What the pending requests ask for, together: served up to {@code upTo}; a pass over everything if any asked for
     * one, else over the union of their queues.
     */
    record Pending(long upTo, boolean everything, Set<MatchingQueue> queues) {

        public Pending {
            queues = Set.copyOf(queues);
        }
    }

    /**
     * Takes the matching lock as {@link #lockAndFindPending} does, then returns what the pending requests ask for, or
     * empty when every request has been served.
     */
    Optional<Pending> lockAndFindPendingRequests();

    /**
     * Takes the matching lock (waiting for another server's run to commit), then returns the newest pending request,
     * or empty when every request has been served. Must be the first thing the transaction does, so everything it
     * reads afterwards includes what the previous run stored.
     */
    OptionalLong lockAndFindPending();

    /** Every request up to and including {@code upTo} has been served by a run. */
    void served(long upTo, Instant at);

    /**
     * Claims the daily run for {@code day}: true for exactly one caller per day across every server on the database
     * (a conditional update of the day last claimed, so a second claim for the same or an earlier day is false).
     * Part of the caller's transaction; the claim is undone if that transaction rolls back.
     */
    boolean claimDailyRun(LocalDate day);
}

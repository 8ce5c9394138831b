package se.esp.adapter.persistence.application;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import se.esp.application.port.out.Applications;
import se.esp.domain.matching.MatchingQueue;
import se.esp.domain.matching.WaitingApplication;

/**
 * The waiting rows of the queues matching passes read lately on this server, each as it was at its version, so that
 * a pass over a long queue reads only the ids and versions of its rows and the rows it does not hold at that version.
 *
 * <p>Exact because a row's version identifies what it holds: every write of an application row increments it (the
 * entity's optimistic lock, and {@code saveDecisions}), a committed version is never written again with other values,
 * and only rows read in a transaction that committed are kept ({@link JpaApplications#waitingAndDecidedIn}), so a
 * row the transaction itself wrote and then read (a version that might yet roll back) is never taken for a committed
 * one. At most {@link #capacity} rows are kept; the queues read longest ago go first.</p>
 */
final class WaitingRowsKept {

    /** One waiting row as it was at {@code version}: who waits, and what matching decided last. */
    record Row(long version, WaitingApplication application, Applications.WaitState state) {

        Row {
            Objects.requireNonNull(application, "application");
            Objects.requireNonNull(state, "state");
        }
    }

    private final int capacity;
    /** By queue, its rows by id as the database spells it; in the order the queues were last used. */
    private final LinkedHashMap<MatchingQueue, Map<String, Row>> queues = new LinkedHashMap<>(16, 0.75f, true);
    private int rows;

    WaitingRowsKept(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.capacity = capacity;
    }

    /** The rows kept of the queue (not to be changed), or an empty map. */
    synchronized Map<String, Row> of(MatchingQueue queue) {
        Map<String, Row> kept = queues.get(queue);
        return kept == null ? Map.of() : kept;
    }

    /**
     * Keeps {@code waiting} as the queue's rows in place of those kept before (a row no longer waiting is no longer
     * kept); a queue larger than the capacity is not kept at all. The map is kept as given: the caller must not
     * change it afterwards.
     */
    synchronized void keep(MatchingQueue queue, Map<String, Row> waiting) {
        Map<String, Row> before = queues.remove(queue);
        if (before != null) {
            rows -= before.size();
        }
        if (waiting.size() > capacity) {
            return;
        }
        // not copied: the pass built the map for this and changes it no more (a copy of thousands cost a tenth of a
        // pass in a recording)
        queues.put(queue, Collections.unmodifiableMap(waiting));
        rows += waiting.size();
        Iterator<Map<String, Row>> eldest = queues.values().iterator();
        while (rows > capacity && eldest.hasNext()) {
            rows -= eldest.next().size();
            eldest.remove();
        }
    }

    /** How many rows are kept, over every queue (for tests). */
    synchronized int size() {
        return rows;
    }
}

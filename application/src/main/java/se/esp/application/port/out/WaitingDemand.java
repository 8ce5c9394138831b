package se.esp.application.port.out;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.esp.domain.matching.MatchingQueue;
import se.esp.domain.matching.WaitingApplication;
import se.esp.domain.shared.ApplicationId;

/**
 * The demand matching works on: every application that waits for a place (received and not yet decided, or
 * waitlisted), as matching needs it. Called inside {@link Transactions#inTransaction}. Implemented by the
 * applications area's storage; order does not matter (the engine orders).
 */
public interface WaitingDemand {

    List<WaitingApplication> waiting();

    /** The applications waiting in these queues only. Storage with an index on the queue overrides this. */
    default List<WaitingApplication> waitingIn(Collection<MatchingQueue> queues) {
        Set<MatchingQueue> wanted = Set.copyOf(queues);
        return waiting().stream().filter(a -> wanted.contains(MatchingQueue.of(a))).toList();
    }

    /**
     * What a pass over some queues reads of them: who waits there, and each one's latest decision (of at least those
     * waiting there), which the pass compares its new decisions with so that it stores only those that differ.
     */
    record Queues(List<WaitingApplication> waiting, Map<ApplicationId, Applications.WaitState> decisions) {

        public Queues {
            waiting = List.copyOf(waiting);
            // a hash map, not Map.copyOf: a pass looks up thousands, and the immutable map's probing was a tenth of
            // a pass over a long queue
            decisions = Collections.unmodifiableMap(new HashMap<>(decisions));
        }
    }

    /**
     * The applications waiting in these queues with their latest decisions, read together: a queue of thousands is
     * read once per pass, not once for who waits and again for what was decided.
     */
    Queues waitingAndDecidedIn(Collection<MatchingQueue> queues);

    /**
     * The queues where an application is waitlisted for a minimum group ({@code MINIMUM_GROUP_NOT_REACHED}): the only
     * waits outside its queues that a pass can change (see {@code MatchingScope}).
     */
    Set<MatchingQueue> waitingForAGroup();
}

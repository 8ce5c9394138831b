package se.esp.application.matching;

/**
 * How the use cases that change demand or supply make matching run automatically. Inside their own transaction they
 * {@link #requestWithin request} a run — stored with their change, so it cannot be lost — and right after their
 * commit they {@link #runRequested run} it. A run that fails or is cut short (a crash between the commit and the
 * run) is made up by the next run or by the platform's periodic sweep, which serves every request still pending.
 */
public interface MatchingTrigger {

    /** For services built without automatic matching (tests of other behaviour); requests and runs nothing. */
    MatchingTrigger NONE = new MatchingTrigger() {
        @Override
        public void requestWithin(String reason) {
        }

        @Override
        public void runRequested() {
        }
    };

    /** Inside the caller's transaction: demand or supply changed, a run over everything is due. */
    void requestWithin(String reason);

    /**
     * Inside the caller's transaction: demand changed in one queue (an application received, cancelled or rejected),
     * a run over that queue is due. Its cost follows the queue, not the whole waiting list.
     */
    default void requestFor(se.esp.domain.matching.MatchingQueue queue, String reason) {
        requestWithin(reason);
    }

    /**
     * Outside any transaction, after the change committed: runs matching for the pending requests now. Never throws:
     * a failed run leaves its requests pending for the next one.
     */
    void runRequested();

    /**
     * Whether {@link #runRequested} has decided what was requested when it returns, so a caller's answer can carry
     * matching's decision; {@code false} when matching runs in the background ({@link BackgroundMatching}) and the
     * caller answers before it.
     */
    default boolean decidesBeforeAnswering() {
        return true;
    }
}

package se.esp.application.port.in.packaging;

import java.util.List;

import se.esp.application.security.ActingUser;
import se.esp.domain.packaging.Packaging;

/**
 * A coordinator's review queue: the packagings waiting for review that they may review. The listing's filter cannot
 * leave one organisation out, and a queue that showed packagings the coordinator may never review would only invite
 * refusals, so the use case leaves them out rather than each page.
 */
public interface ReviewQueueQuery {

    /** The queue's length is bounded: the oldest this many are shown, the rest wait behind them. */
    int MAX_QUEUE = 500;

    /**
     * Packagings {@code SUBMITTED} or {@code IN_REVIEW} of organisations other than the coordinator's own, the one
     * waiting longest (since its last change of status) first.
     *
     * @throws se.esp.domain.shared.DomainException {@code ACCESS_DENIED} for anybody but a coordinator
     */
    List<Packaging> waitingForReview(ActingUser actor);
}

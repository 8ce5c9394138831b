package se.esp.application.port.in.outbox;

import java.time.temporal.TemporalAmount;

import se.esp.application.security.ActingUser;

/**
 * Deletes events from the outbox once they have been published and kept for a retention period, so the outbox
 * does not grow for ever. Run by a scheduled job as the platform ({@link ActingUser#system}); only platform
 * administrators may. Events that wait to be published are never deleted, however old.
 */
public interface PurgePublishedEventsUseCase {

    /**
     * One purge pass: deletes every event published longer than {@code retention} ago (an ISO-8601 period such
     * as {@code P30D} or {@code P1M}, or a duration such as {@code PT12H}, counted back from now in UTC), in
     * batches of one transaction each, until a batch finds fewer than it may delete.
     *
     * @param retention how long a published event is kept; must be positive
     * @return how many events were deleted
     */
    int purgePublished(ActingUser actor, TemporalAmount retention);
}

package se.esp.application.port.in.resource;

import java.util.List;

import se.esp.application.security.ActingUser;

/**
 * A coordinator's verification queue: competences of resources they may decide on (never their own organisation's
 * staff nor themselves), so the page offers no decision the use cases would refuse.
 */
public interface CompetenceQueueQuery {

    /** How far ahead the queue looks for expiring competences at most. */
    int MAX_DAYS_AHEAD = 366;

    /**
     * Competences declared and not yet decided, by the resource's name (as the pool is listed).
     *
     * @throws se.esp.domain.shared.DomainException {@code ACCESS_DENIED} for anybody but a coordinator
     */
    List<CompetenceInQueue> pending(ActingUser actor);

    /**
     * Verified competences that stop counting within {@code days} days from today (expiry date after today, on or
     * before today + days), the soonest first.
     *
     * @throws se.esp.domain.shared.ValidationException {@code days} outside 1–{@value #MAX_DAYS_AHEAD}
     */
    List<CompetenceInQueue> expiringWithin(ActingUser actor, int days);
}

package se.esp.application.port.in.schedule;

import java.time.Duration;

import se.esp.application.security.ActingUser;

/**
 * Every server schedules the platform's periodic jobs (the outbox purge, personal-data retention); this decides
 * which of them does a period's work. Time is cut into periods of the job's interval, aligned to the epoch (an
 * interval of an hour: every whole hour, UTC); the first server to ask in a period runs the job, every later ask in
 * that period — from this server or any other on the same storage — is refused. The claim commits before the job
 * runs: a run that then fails is not repeated by another server in that period, the next period's run catches up.
 * Platform administrators only (the jobs act as {@link ActingUser#system}).
 */
public interface ClaimScheduledRunUseCase {

    /**
     * @param job   the job's name, lower-case letters, digits, '.' and '-' (e.g. {@code outbox-purge})
     * @param every the job's interval, whole seconds, at least one; every server must use the same
     * @return whether this caller runs the job in the current period
     */
    boolean claimRun(ActingUser actor, String job, Duration every);
}

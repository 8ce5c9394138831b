package se.esp.application.port.out;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Which periods of the platform's scheduled jobs (the outbox purge, personal-data retention) have been claimed, in
 * the storage every server shares, so that of several servers exactly one runs a job in a given period. Called
 * inside {@link Transactions#inTransaction}; a claim made in a transaction that rolls back was never made.
 */
public interface ScheduledJobRuns {

    /** Job names are short, lower-case and plain, so every backend compares them exactly as given. */
    Pattern JOB_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");

    /**
     * Claims {@code job}'s run of the period that starts at {@code periodStart} (microseconds are the finest step):
     * true for exactly one caller per job and period across every server on the storage, false when a claim of that
     * period exists. A claim made by a transaction still open is waited for: false if it commits, and this caller's
     * own claim (true) if it rolls back. Claims of other periods and other jobs neither wait nor are waited for.
     *
     * @throws IllegalArgumentException for a job name not matching {@link #JOB_NAME}
     */
    boolean claim(String job, Instant periodStart, Instant claimedAt);

    /**
     * Forgets {@code job}'s claims of the periods that start before {@code before}, which keeps the storage small.
     * A forgotten period can be claimed again, so forget only periods long over.
     *
     * @return how many claims were forgotten
     */
    int forgetBefore(String job, Instant before);

    /** The job name, checked against {@link #JOB_NAME}, for the adapters to refuse what they could not store as given. */
    static String checkedJob(String job) {
        if (job == null || !JOB_NAME.matcher(job).matches()) {
            throw new IllegalArgumentException("a scheduled job's name is 1 to 100 characters of a-z, 0-9, '.' and '-',"
                    + " starting with a letter or digit: " + job);
        }
        return job;
    }
}

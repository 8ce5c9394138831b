package se.esp.application.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import se.esp.application.port.in.schedule.ClaimScheduledRunUseCase;
import se.esp.application.port.out.ScheduledJobRuns;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;

/**
 * Claims a scheduled job's current period through {@link ScheduledJobRuns}, in a transaction of its own so the
 * claim is visible to the other servers before the job's work starts (the work runs in transactions of its own,
 * possibly many). The winner also forgets the job's claims older than {@link #PERIODS_KEPT} periods, so the storage
 * holds a few rows per job, enough to see which periods ran.
 */
public final class ScheduledRunClaims implements ClaimScheduledRunUseCase {

    /** Claims kept per job, counted in periods back from the current one. */
    static final int PERIODS_KEPT = 24;

    private final ScheduledJobRuns runs;
    private final Transactions transactions;
    private final Clock clock;

    public ScheduledRunClaims(ScheduledJobRuns runs, Transactions transactions, Clock clock) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean claimRun(ActingUser actor, String job, Duration every) {
        Authorisation.requireAnyRole(actor, "claim a scheduled job's run", UserRole.PLATFORM_ADMINISTRATOR);
        ScheduledJobRuns.checkedJob(job);
        Instant now = clock.instant();
        Instant start = periodStart(now, every);
        Instant forgetBefore = start.minusSeconds(every.toSeconds() * PERIODS_KEPT);
        return transactions.inTransaction(() -> {
            if (!runs.claim(job, start, now)) {
                return false;
            }
            runs.forgetBefore(job, forgetBefore);
            return true;
        });
    }

    /**
     * The start of the period {@code now} is in: periods are {@code every} long (whole seconds) and the first began
     * at the epoch, so every server computes the same periods from its clock whenever it started.
     */
    static Instant periodStart(Instant now, Duration every) {
        Objects.requireNonNull(every, "every");
        long seconds = every.toSeconds();
        if (seconds < 1) {
            throw new IllegalArgumentException("a scheduled job's interval must be at least a second: " + every);
        }
        return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
    }
}

package se.esp.adapter.persistence.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.out.ScheduledJobRuns;

/**
 * Claims in {@code scheduled_job_run} (primary key job and period start), plain SQL. A claim is
 * {@code INSERT IGNORE}: of several servers inserting the same key, one inserts (one row affected), the others wait
 * on its uncommitted row and then, once it commits, insert nothing (no row affected) — or insert themselves if it
 * rolled back. The duplicate key is no error, so the caller's transaction stays usable; on MariaDB and H2 in MariaDB
 * mode alike. {@code IGNORE} would also turn a too-long value into a truncated one, so names are checked first.
 * Forgetting reads the old keys with a plain (non-locking) read and deletes them one by one by key, as the outbox
 * purge does, so MariaDB locks no gap where later claims insert.
 */
public final class JpaScheduledJobRuns implements ScheduledJobRuns {

    private final JpaStorage storage;

    public JpaScheduledJobRuns(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public boolean claim(String job, Instant periodStart, Instant claimedAt) {
        int inserted = storage.entityManager().createNativeQuery(
                        "INSERT IGNORE INTO scheduled_job_run (job, period_start, claimed_at) VALUES (?, ?, ?)")
                .setParameter(1, ScheduledJobRuns.checkedJob(job))
                .setParameter(2, timestamp(periodStart))
                .setParameter(3, timestamp(claimedAt))
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public int forgetBefore(String job, Instant before) {
        EntityManager entityManager = storage.entityManager();
        @SuppressWarnings("unchecked")
        List<Object> starts = entityManager.createNativeQuery(
                        "SELECT period_start FROM scheduled_job_run WHERE job = ? AND period_start < ?"
                                + " ORDER BY period_start")
                .setParameter(1, job).setParameter(2, timestamp(before)).getResultList();
        var delete = entityManager.createNativeQuery(
                "DELETE FROM scheduled_job_run WHERE job = ? AND period_start = ?");
        int forgotten = 0;
        for (Object start : starts) {
            forgotten += delete.setParameter(1, job).setParameter(2, start).executeUpdate();
        }
        return forgotten;
    }

    private static LocalDateTime timestamp(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}

package se.esp.adapter.persistence.schedule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import se.esp.adapter.persistence.storage.InMemoryMapStore;
import se.esp.application.port.out.ScheduledJobRuns;

/**
 * Claims in memory. The in-memory transactions run one at a time, so a second claimant of a period waits for the
 * first's transaction as on a database; period starts keep microseconds, as the table does.
 */
public final class InMemoryScheduledJobRuns extends InMemoryMapStore<InMemoryScheduledJobRuns.Period, Instant>
        implements ScheduledJobRuns {

    record Period(String job, Instant start) {
    }

    @Override
    public synchronized boolean claim(String job, Instant periodStart, Instant claimedAt) {
        Period period = new Period(ScheduledJobRuns.checkedJob(job), periodStart.truncatedTo(ChronoUnit.MICROS));
        return rows().putIfAbsent(period, claimedAt) == null;
    }

    @Override
    public synchronized int forgetBefore(String job, Instant before) {
        int size = rows().size();
        rows().keySet().removeIf(period -> period.job().equals(job) && period.start().isBefore(before));
        return size - rows().size();
    }
}

package se.esp.adapter.persistence.schedule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.port.out.ScheduledJobRuns;

/**
 * Claims in memory. The in-memory transactions run one at a time, so a second claimant of a period waits for the
 * first's transaction as on a database; period starts keep microseconds, as the table does.
 */
public final class InMemoryScheduledJobRuns implements ScheduledJobRuns, InMemoryStore {

    private record Period(String job, Instant start) {
    }

    private Map<Period, Instant> claims = new HashMap<>();

    @Override
    public synchronized boolean claim(String job, Instant periodStart, Instant claimedAt) {
        Period period = new Period(ScheduledJobRuns.checkedJob(job), periodStart.truncatedTo(ChronoUnit.MICROS));
        return claims.putIfAbsent(period, claimedAt) == null;
    }

    @Override
    public synchronized int forgetBefore(String job, Instant before) {
        int size = claims.size();
        claims.keySet().removeIf(period -> period.job().equals(job) && period.start().isBefore(before));
        return size - claims.size();
    }

    @Override
    public synchronized Object snapshot() {
        return Map.copyOf(claims);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        claims = new HashMap<>((Map<Period, Instant>) snapshot);
    }
}

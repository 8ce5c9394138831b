package se.esp.adapter.persistence.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import se.esp.adapter.persistence.memory.InMemoryStore;
import se.esp.application.port.out.MatchingRuns;

/** Matching requests in memory; the in-memory transactions run one at a time, so the lock needs nothing more. */
public final class InMemoryMatchingRuns implements MatchingRuns, InMemoryStore {

    private record Request(long id, Instant at, String reason) {
    }

    private record State(List<Request> pending, LocalDate lastDailyRun) {
    }

    private List<Request> pending = new ArrayList<>();
    private long next = 1;
    private LocalDate lastDailyRun;

    @Override
    public synchronized void request(String reason, Instant at) {
        pending.add(new Request(next++, at, reason));
    }

    @Override
    public synchronized OptionalLong lockAndFindPending() {
        return pending.isEmpty() ? OptionalLong.empty() : OptionalLong.of(pending.get(pending.size() - 1).id());
    }

    @Override
    public synchronized void served(long upTo, Instant at) {
        pending.removeIf(r -> r.id() <= upTo);
    }

    @Override
    public synchronized boolean claimDailyRun(LocalDate day) {
        if (lastDailyRun != null && !lastDailyRun.isBefore(day)) {
            return false;
        }
        lastDailyRun = day;
        return true;
    }

    @Override
    public synchronized Object snapshot() {
        return new State(List.copyOf(pending), lastDailyRun);
    }

    @Override
    public synchronized void restore(Object snapshot) {
        State state = (State) snapshot;
        pending = new ArrayList<>(state.pending());
        lastDailyRun = state.lastDailyRun();
    }
}

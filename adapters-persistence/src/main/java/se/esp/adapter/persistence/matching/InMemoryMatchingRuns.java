package se.esp.adapter.persistence.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import se.esp.adapter.persistence.memory.InMemoryStore;
import se.esp.application.port.out.MatchingRuns;

/** Matching requests in memory; the in-memory transactions run one at a time, so the lock needs nothing more. */
public final class InMemoryMatchingRuns implements MatchingRuns, InMemoryStore {

    private record Request(long id, Instant at, String reason) {
    }

    private List<Request> pending = new ArrayList<>();
    private long next = 1;

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
    public synchronized Object snapshot() {
        return List.copyOf(pending);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        pending = new ArrayList<>((List<Request>) snapshot);
    }
}

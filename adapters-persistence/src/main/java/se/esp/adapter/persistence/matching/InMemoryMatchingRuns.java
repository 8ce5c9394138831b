package se.esp.adapter.persistence.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.port.out.MatchingRuns;
import se.esp.domain.matching.MatchingQueue;

/** Matching requests in memory; the in-memory transactions run one at a time, so the lock needs nothing more. */
public final class InMemoryMatchingRuns implements MatchingRuns, InMemoryStore {

    /** {@code queue} null: a run over everything. */
    private record Request(long id, Instant at, String reason, MatchingQueue queue) {
    }

    private record State(List<Request> pending, LocalDate lastDailyRun) {
    }

    private List<Request> pending = new ArrayList<>();
    private long next = 1;
    private LocalDate lastDailyRun;

    @Override
    public synchronized void request(String reason, Instant at) {
        pending.add(new Request(next++, at, reason, null));
    }

    @Override
    public synchronized void requestFor(MatchingQueue queue, String reason, Instant at) {
        pending.add(new Request(next++, at, reason, java.util.Objects.requireNonNull(queue, "queue")));
    }

    @Override
    public synchronized Optional<Pending> lockAndFindPendingRequests() {
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Set<MatchingQueue> queues = new TreeSet<>();
        boolean everything = false;
        for (Request request : pending) {
            if (request.queue() == null) {
                everything = true;
            } else {
                queues.add(request.queue());
            }
        }
        return Optional.of(new Pending(pending.get(pending.size() - 1).id(), everything, queues));
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

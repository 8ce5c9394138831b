package se.esp.adapter.persistence.outbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import se.esp.adapter.persistence.memory.InMemoryStore;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.OutboxBacklog;
import se.esp.application.port.out.OutboxEntry;
import se.esp.domain.shared.DomainEvent;

/**
 * The outbox as a list, with the same envelope and JSON as the table. Transactions over the in-memory stores run
 * one at a time, so a claim never meets another one; published entries are dropped, so memory stays bounded for
 * a long-running embedding.
 */
public final class InMemoryEventOutbox implements EventOutbox, InMemoryStore {

    private List<OutboxEntry> waiting = new ArrayList<>();
    private long nextSequence = 1;

    @Override
    public synchronized void append(DomainEvent event) {
        SerializedEvent serialized = EventSerializer.serialize(event);
        waiting.add(new OutboxEntry(nextSequence++, event.eventId(), serialized.eventType(),
                serialized.schemaVersion(), serialized.aggregateType(), event.aggregateId(),
                event.occurredAt().truncatedTo(ChronoUnit.MICROS), serialized.payloadJson()));
    }

    @Override
    public synchronized List<OutboxEntry> unpublished(int limit) {
        return waiting.stream().limit(limit).toList();
    }

    @Override
    public synchronized List<OutboxEntry> claimUnpublished(int limit) {
        return unpublished(Math.max(0, limit));
    }

    @Override
    public synchronized void markPublished(Collection<Long> sequences, Instant publishedAt) {
        Objects.requireNonNull(publishedAt, "publishedAt");
        Set<Long> published = new HashSet<>(sequences);
        waiting.removeIf(entry -> published.contains(entry.sequence()));
    }

    @Override
    public synchronized OutboxBacklog backlog() {
        return waiting.isEmpty() ? OutboxBacklog.EMPTY
                : new OutboxBacklog(waiting.size(), Optional.of(waiting.get(0).occurredAt()));
    }

    @Override
    public synchronized Object snapshot() {
        return List.copyOf(waiting);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        waiting = new ArrayList<>((List<OutboxEntry>) snapshot);
    }
}

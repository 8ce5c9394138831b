package se.esp.adapter.persistence.outbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import se.esp.adapter.persistence.storage.InMemoryListStore;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.OutboxBacklog;
import se.esp.application.port.out.OutboxEntry;
import se.esp.domain.shared.DomainEvent;

/**
 * The outbox as a list, with the same envelope and JSON as the table. Transactions over the in-memory stores run
 * one at a time, so a claim never meets another one. Published entries stay, marked, until
 * {@link #purgePublishedBefore} removes them, as in the table; a long-running embedding keeps its memory bounded
 * by purging (the server's purge job does this for the database backends).
 */
public final class InMemoryEventOutbox extends InMemoryListStore<InMemoryEventOutbox.Stored> implements EventOutbox {

    /** An entry and when it was marked as published ({@code null}: waiting). */
    record Stored(OutboxEntry entry, Instant publishedAt) {

        boolean waiting() {
            return publishedAt == null;
        }
    }

    private static final Comparator<Stored> EARLIEST_PUBLISHED_FIRST = Comparator
            .comparing(Stored::publishedAt)
            .thenComparingLong(stored -> stored.entry().sequence());

    private long nextSequence = 1;

    @Override
    public synchronized void append(DomainEvent event) {
        SerializedEvent serialized = EventSerializer.serialize(event);
        rows().add(new Stored(new OutboxEntry(nextSequence++, event.eventId(), serialized.eventType(),
                serialized.schemaVersion(), serialized.aggregateType(), event.aggregateId(),
                event.occurredAt().truncatedTo(ChronoUnit.MICROS), serialized.payloadJson()), null));
    }

    @Override
    public synchronized List<OutboxEntry> unpublished(int limit) {
        return rows().stream().filter(Stored::waiting).limit(Math.max(0, limit)).map(Stored::entry).toList();
    }

    @Override
    public synchronized List<OutboxEntry> claimUnpublished(int limit) {
        return unpublished(limit);
    }

    @Override
    public synchronized void markPublished(Collection<Long> sequences, Instant publishedAt) {
        Objects.requireNonNull(publishedAt, "publishedAt");
        Set<Long> published = new HashSet<>(sequences);
        Instant at = publishedAt.truncatedTo(ChronoUnit.MICROS);
        rows().replaceAll(stored -> stored.waiting() && published.contains(stored.entry().sequence())
                ? new Stored(stored.entry(), at) : stored);
    }

    @Override
    public synchronized OutboxBacklog backlog() {
        List<OutboxEntry> waiting = unpublished(Integer.MAX_VALUE);
        return waiting.isEmpty() ? OutboxBacklog.EMPTY
                : new OutboxBacklog(waiting.size(), Optional.of(waiting.get(0).occurredAt()));
    }

    @Override
    public synchronized int purgePublishedBefore(Instant cutoff, int limit) {
        Objects.requireNonNull(cutoff, "cutoff");
        if (limit < 1) {
            return 0;
        }
        // times are kept to the microsecond, as in the table; so is the cutoff, or one marked at it could go
        Instant before = cutoff.truncatedTo(ChronoUnit.MICROS);
        Set<Stored> purged = new HashSet<>(rows().stream()
                .filter(stored -> !stored.waiting() && stored.publishedAt().isBefore(before))
                .sorted(EARLIEST_PUBLISHED_FIRST)
                .limit(limit)
                .toList());
        rows().removeIf(purged::contains);
        return purged.size();
    }
}

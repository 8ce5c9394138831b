package se.esp.adapter.persistence.outbox;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import se.esp.adapter.persistence.memory.InMemoryStore;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.OutboxEntry;
import se.esp.domain.shared.DomainEvent;

/** The outbox as a list, with the same envelope and JSON as the table. */
public final class InMemoryEventOutbox implements EventOutbox, InMemoryStore {

    private List<OutboxEntry> entries = new ArrayList<>();
    private long nextSequence = 1;

    @Override
    public synchronized void append(DomainEvent event) {
        SerializedEvent serialized = EventSerializer.serialize(event);
        entries.add(new OutboxEntry(nextSequence++, event.eventId(), serialized.eventType(),
                serialized.schemaVersion(), serialized.aggregateType(), event.aggregateId(),
                event.occurredAt().truncatedTo(ChronoUnit.MICROS), serialized.payloadJson()));
    }

    @Override
    public synchronized List<OutboxEntry> unpublished(int limit) {
        return entries.stream().limit(limit).toList();
    }

    @Override
    public synchronized Object snapshot() {
        return List.copyOf(entries);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        entries = new ArrayList<>((List<OutboxEntry>) snapshot);
    }
}

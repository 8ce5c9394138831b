package se.esp.adapter.persistence.outbox;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import se.esp.adapter.persistence.jpa.JpaStorage;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.OutboxEntry;
import se.esp.domain.shared.DomainEvent;

/** The outbox in the {@code outbox_event} table, written through the current transaction's entity manager. */
public final class JpaEventOutbox implements EventOutbox {

    private final JpaStorage storage;

    public JpaEventOutbox(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public void append(DomainEvent event) {
        SerializedEvent serialized = EventSerializer.serialize(event);
        EntityManager entityManager = storage.entityManager();
        entityManager.persist(new OutboxEventJpaEntity(event.eventId().toString(), serialized.aggregateType(),
                event.aggregateId(), serialized.eventType(), serialized.schemaVersion(),
                event.occurredAt().truncatedTo(ChronoUnit.MICROS), serialized.payloadJson()));
        // EclipseLink does not keep the order of several inserts into one table within a flush; flushing each
        // event on its own makes the outbox sequence follow the order in which events were appended.
        entityManager.flush();
    }

    @Override
    public List<OutboxEntry> unpublished(int limit) {
        EntityManager entityManager = storage.entityManager();
        entityManager.flush();
        return entityManager.createQuery(
                        "select e from OutboxEventJpaEntity e where e.publishedAt is null order by e.id",
                        OutboxEventJpaEntity.class)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(e -> new OutboxEntry(e.id(), UUID.fromString(e.eventId()), e.eventType(), e.schemaVersion(),
                        e.aggregateType(), e.aggregateId(), e.occurredAt(), e.payload()))
                .toList();
    }
}

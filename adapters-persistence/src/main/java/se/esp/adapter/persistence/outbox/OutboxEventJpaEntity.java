package se.esp.adapter.persistence.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A row of {@code outbox_event}, read through JPA; rows are written in JDBC batches ({@code JpaEventOutbox}). */
@Entity
@Table(name = "outbox_event")
public class OutboxEventJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "event_id", nullable = false, length = 36, updatable = false)
    private String eventId;

    @Column(name = "aggregate_type", nullable = false, length = 64, updatable = false)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false, length = 64, updatable = false)
    private String aggregateId;

    @Column(name = "event_type", nullable = false, length = 128, updatable = false)
    private String eventType;

    @Column(name = "schema_version", nullable = false, updatable = false)
    private int schemaVersion;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Lob
    @Column(name = "payload", nullable = false, updatable = false)
    private String payload;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected OutboxEventJpaEntity() {
    }

    Long id() {
        return id;
    }

    String eventId() {
        return eventId;
    }

    String aggregateType() {
        return aggregateType;
    }

    String aggregateId() {
        return aggregateId;
    }

    String eventType() {
        return eventType;
    }

    int schemaVersion() {
        return schemaVersion;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String payload() {
        return payload;
    }
}

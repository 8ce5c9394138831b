package se.esp.domain.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened in the domain. Every state change of an aggregate yields one; they leave the
 * platform through the outbox as versioned messages.
 */
public interface DomainEvent {

    /** Unique per event; consumers use it to ignore a redelivery. */
    UUID eventId();

    Instant occurredAt();

    /** The id of the aggregate the event belongs to, as text. */
    String aggregateId();

    /**
     * Hands the event to the visitor's method for its kind: each area's sealed event interface implements this,
     * so a new kind of event does not compile until every {@link DomainEventVisitor} handles it.
     */
    <R> R accept(DomainEventVisitor<R> visitor);
}

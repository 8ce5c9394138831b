package se.esp.application.port.out;

import java.util.List;

import se.esp.domain.shared.DomainEvent;

/**
 * Records domain events in the same transaction as the state change that caused them; a relay publishes them
 * afterwards. So an event is published if and only if its change was committed.
 */
public interface EventOutbox {

    void append(DomainEvent event);

    default void appendAll(List<? extends DomainEvent> events) {
        events.forEach(this::append);
    }

    /** The oldest events not yet published, in outbox order. */
    List<OutboxEntry> unpublished(int limit);
}

package se.esp.domain.packaging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.DomainEventVisitor;

/** The owner changed the review checklist; carries the criteria now in force. */
public record ReviewChecklistChanged(UUID eventId, Instant occurredAt, List<ReviewCriterion> criteria)
        implements ReviewChecklistEvent {

    /** There is one checklist per platform. */
    public static final String AGGREGATE_ID = "review-checklist";

    public ReviewChecklistChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        criteria = List.copyOf(criteria);
    }

    @Override
    public String aggregateId() {
        return AGGREGATE_ID;
    }

    @Override
    public <R> R accept(DomainEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}

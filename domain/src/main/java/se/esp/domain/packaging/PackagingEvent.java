package se.esp.domain.packaging;

import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainEventVisitor;

/** Everything that can happen to a packaging. Each carries the draft number it concerns. */
public sealed interface PackagingEvent extends DomainEvent
        permits PackagingCreated, PackagingEdited, PackagingSubmitted, PackagingReviewStarted, PackagingApproved,
        PackagingReturned, PackagingRejected, PackagingPublished, PackagingRevisionStarted {

    PackagingId packagingId();

    int draftNumber();

    @Override
    default String aggregateId() {
        return packagingId().toString();
    }

    @Override
    default <R> R accept(DomainEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}

package se.esp.domain.packaging;

import se.esp.domain.shared.DomainEvent;

/** Everything that can happen to the owner's review checklist. */
public sealed interface ReviewChecklistEvent extends DomainEvent permits ReviewChecklistChanged {
}

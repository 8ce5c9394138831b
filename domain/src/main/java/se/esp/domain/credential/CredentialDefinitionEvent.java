package se.esp.domain.credential;

import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainEventVisitor;

/** Everything that can happen to a credential definition. */
public sealed interface CredentialDefinitionEvent extends DomainEvent permits CredentialDefinitionPublished {

    CredentialDefinitionId definitionId();

    @Override
    default String aggregateId() {
        return definitionId().toString();
    }

    @Override
    default <R> R accept(DomainEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}

package se.esp.domain.credential;

import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainEventVisitor;

/** Everything that can happen to an issued credential. Ids and dates only: never the holder's personal data. */
public sealed interface CredentialEvent extends DomainEvent permits CredentialIssued, CredentialRevoked {

    CredentialId credentialId();

    @Override
    default String aggregateId() {
        return credentialId().toString();
    }

    @Override
    default <R> R accept(DomainEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}

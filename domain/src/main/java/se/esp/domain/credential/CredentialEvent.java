package se.esp.domain.credential;

import se.esp.domain.shared.DomainEvent;

/** Everything that can happen to an issued credential. Ids and dates only: never the holder's personal data. */
public sealed interface CredentialEvent extends DomainEvent permits CredentialIssued, CredentialRevoked {

    CredentialId credentialId();

    @Override
    default String aggregateId() {
        return credentialId().toString();
    }
}

package se.esp.domain.credential;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An issued credential was revoked, with the reason a verifier is told. */
public record CredentialRevoked(UUID eventId, Instant occurredAt, CredentialId credentialId, String reason)
        implements CredentialEvent {

    public CredentialRevoked {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(reason, "reason");
    }
}

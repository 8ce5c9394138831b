package se.esp.domain.credential;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.participant.ParticipantId;

/** A participant who completed a delivery earned a credential. */
public record CredentialIssued(UUID eventId, Instant occurredAt, CredentialId credentialId,
                               CredentialDefinitionId definitionId, String code, int definitionVersion,
                               ParticipantId participant, DeliveryId delivery) implements CredentialEvent {

    public CredentialIssued {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(definitionId, "definitionId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(delivery, "delivery");
    }

    public static CredentialIssued of(IssuedCredential credential) {
        return new CredentialIssued(UUID.randomUUID(), credential.issuedAt(), credential.id(),
                credential.definitionId(), credential.code(), credential.definitionVersion(),
                credential.participant(), credential.delivery());
    }
}

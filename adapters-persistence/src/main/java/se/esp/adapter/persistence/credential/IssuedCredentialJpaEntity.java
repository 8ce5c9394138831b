package se.esp.adapter.persistence.credential;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;

/** A row of {@code issued_credential}; never updated. */
@Entity
@Table(name = "issued_credential")
public class IssuedCredentialJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "definition_id", length = 36, nullable = false, updatable = false)
    String definitionId;

    @Column(name = "code", length = 60, nullable = false, updatable = false)
    String code;

    @Column(name = "definition_version", nullable = false, updatable = false)
    int definitionVersion;

    @Column(name = "participant_id", length = 36, nullable = false, updatable = false)
    String participantId;

    @Column(name = "delivery_id", length = 36, nullable = false, updatable = false)
    String deliveryId;

    @Column(name = "supplier_id", length = 36, nullable = false, updatable = false)
    String supplierId;

    @Column(name = "consumer_id", length = 36, nullable = false, updatable = false)
    String consumerId;

    @Column(name = "issued_at", nullable = false, updatable = false)
    Instant issuedAt;

    @Column(name = "valid_until", updatable = false)
    Instant validUntil;

    protected IssuedCredentialJpaEntity() {
    }

    static IssuedCredentialJpaEntity newRow(IssuedCredential c) {
        IssuedCredentialJpaEntity row = new IssuedCredentialJpaEntity();
        row.id = c.id().toString();
        row.definitionId = c.definitionId().toString();
        row.code = c.code();
        row.definitionVersion = c.definitionVersion();
        row.participantId = c.participant().toString();
        row.deliveryId = c.delivery().toString();
        row.supplierId = c.supplier().toString();
        row.consumerId = c.consumer().toString();
        row.issuedAt = c.issuedAt();
        row.validUntil = c.validUntil();
        return row;
    }

    IssuedCredential toDomain() {
        return new IssuedCredential(new CredentialId(UUID.fromString(id)),
                new CredentialDefinitionId(UUID.fromString(definitionId)), code, definitionVersion,
                new ParticipantId(UUID.fromString(participantId)), new DeliveryId(UUID.fromString(deliveryId)),
                new OrganisationId(UUID.fromString(supplierId)), new OrganisationId(UUID.fromString(consumerId)),
                issuedAt, validUntil);
    }
}

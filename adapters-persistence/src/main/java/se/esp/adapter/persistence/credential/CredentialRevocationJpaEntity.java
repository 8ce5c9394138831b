package se.esp.adapter.persistence.credential;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;

/** A row of {@code credential_revocation}; never updated. */
@Entity
@Table(name = "credential_revocation")
public class CredentialRevocationJpaEntity {

    @Id
    @Column(name = "credential_id", length = 36)
    String credentialId;

    @Column(name = "reason", length = 500, nullable = false, updatable = false)
    String reason;

    @Column(name = "revoked_by", length = 255, nullable = false, updatable = false)
    String revokedBy;

    @Column(name = "revoked_at", nullable = false, updatable = false)
    Instant revokedAt;

    protected CredentialRevocationJpaEntity() {
    }

    static CredentialRevocationJpaEntity newRow(CredentialRevocation r) {
        CredentialRevocationJpaEntity row = new CredentialRevocationJpaEntity();
        row.credentialId = r.credential().toString();
        row.reason = r.reason();
        row.revokedBy = r.revokedBy();
        row.revokedAt = r.revokedAt();
        return row;
    }

    CredentialRevocation toDomain() {
        return new CredentialRevocation(new CredentialId(UUID.fromString(credentialId)), reason, revokedBy,
                revokedAt);
    }
}

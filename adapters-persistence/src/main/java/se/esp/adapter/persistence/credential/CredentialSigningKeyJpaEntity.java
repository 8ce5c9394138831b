package se.esp.adapter.persistence.credential;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code credential_signing_key}; never updated. The private key column holds cipher text. */
@Entity
@Table(name = "credential_signing_key")
public class CredentialSigningKeyJpaEntity {

    @Id
    @Column(name = "key_id", length = 100)
    String keyId;

    @Column(name = "generation", nullable = false, updatable = false)
    int generation;

    @Column(name = "public_key", nullable = false, updatable = false)
    String publicKey;

    @Column(name = "private_key", nullable = false, updatable = false)
    String privateKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected CredentialSigningKeyJpaEntity() {
    }
}

package se.esp.adapter.persistence.credential;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.out.CredentialRevocations;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;

/** Revocations in {@code credential_revocation}. */
public final class JpaCredentialRevocations implements CredentialRevocations {

    private final JpaStorage storage;

    public JpaCredentialRevocations(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public void add(CredentialRevocation revocation) {
        EntityManager entityManager = storage.entityManager();
        entityManager.persist(CredentialRevocationJpaEntity.newRow(revocation));
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (JpaStorage.isConstraintViolation(e)) {
                throw new IllegalStateException("credential " + revocation.credential() + " is revoked already", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<CredentialRevocation> find(CredentialId credential) {
        return storage.find(CredentialRevocationJpaEntity.class, credential)
                .map(CredentialRevocationJpaEntity::toDomain);
    }

    @Override
    public List<CredentialRevocation> all() {
        return storage.entityManager().createQuery(
                        "select r from CredentialRevocationJpaEntity r order by r.revokedAt, r.credentialId",
                        CredentialRevocationJpaEntity.class).getResultList().stream()
                .map(CredentialRevocationJpaEntity::toDomain).toList();
    }
}

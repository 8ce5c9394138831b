package se.esp.adapter.persistence.credential;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.esp.adapter.persistence.storage.JpaListing;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.IssuedCredentials;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.IssuedCredential;

/** Issued credentials in {@code issued_credential}. */
public final class JpaIssuedCredentials implements IssuedCredentials {

    private final JpaStorage storage;

    public JpaIssuedCredentials(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public void addAll(List<IssuedCredential> credentials) {
        EntityManager entityManager = storage.entityManager();
        credentials.forEach(c -> entityManager.persist(IssuedCredentialJpaEntity.newRow(c)));
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (JpaStorage.isConstraintViolation(e)) {
                throw new IllegalStateException("a credential of the same definition from the same delivery was "
                        + "already issued to the participant", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<IssuedCredential> findById(CredentialId id) {
        return storage.find(IssuedCredentialJpaEntity.class, id).map(IssuedCredentialJpaEntity::toDomain);
    }

    @Override
    public Page<IssuedCredential> list(Filter filter, PageRequest page) {
        JpaListing<IssuedCredentialJpaEntity> listing = new JpaListing<>(IssuedCredentialJpaEntity.class, "c");
        narrow(listing, "supplierId", filter.supplier());
        narrow(listing, "consumerId", filter.consumer());
        narrow(listing, "participantId", filter.participant());
        narrow(listing, "deliveryId", filter.delivery());
        return listing.page(storage.entityManager(), "c.issuedAt desc, c.id", page,
                IssuedCredentialJpaEntity::toDomain);
    }

    private static void narrow(JpaListing<IssuedCredentialJpaEntity> listing, String field, Object value) {
        if (value != null) {
            listing.where("c." + field + " = :" + field, field, value.toString());
        }
    }
}

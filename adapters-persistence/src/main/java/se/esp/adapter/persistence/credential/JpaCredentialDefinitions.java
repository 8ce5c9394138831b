package se.esp.adapter.persistence.credential;

import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.esp.adapter.persistence.storage.JpaListing;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.CredentialDefinitions;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Credential definitions in {@code credential_definition}. */
public final class JpaCredentialDefinitions implements CredentialDefinitions {

    private final JpaStorage storage;

    public JpaCredentialDefinitions(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public Optional<CredentialDefinition> findById(CredentialDefinitionId id) {
        return storage.find(CredentialDefinitionJpaEntity.class, id).map(CredentialDefinitionJpaEntity::toDomain);
    }

    @Override
    public Optional<CredentialDefinition> findByCode(MicroCredentialRef code) {
        return storage.entityManager().createQuery(
                        "select d from CredentialDefinitionJpaEntity d where d.code = :code",
                        CredentialDefinitionJpaEntity.class)
                .setParameter("code", code.code()).getResultList().stream().findFirst()
                .map(CredentialDefinitionJpaEntity::toDomain);
    }

    @Override
    public Page<CredentialDefinition> list(PageRequest page) {
        return new JpaListing<>(CredentialDefinitionJpaEntity.class, "d")
                .page(storage.entityManager(), "d.code", page, CredentialDefinitionJpaEntity::toDomain);
    }

    @Override
    public CredentialDefinition save(CredentialDefinition definition) {
        EntityManager entityManager = storage.entityManager();
        CredentialDefinitionJpaEntity row;
        if (definition.version() == 0) {
            row = CredentialDefinitionJpaEntity.newRow(definition);
            entityManager.persist(row);
        } else {
            row = entityManager.find(CredentialDefinitionJpaEntity.class, definition.id().toString());
            if (row == null) {
                throw new DomainException(ErrorCode.CREDENTIAL_DEFINITION_NOT_FOUND,
                        "credential definition " + definition.id() + " no longer exists");
            }
            if (row.version != definition.version()) {
                throw stale(definition);
            }
            row.versions = DefinitionVersionsJson.write(definition.versions());
        }
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (definition.version() == 0 && JpaStorage.isConstraintViolation(e)) {
                throw new DomainException(ErrorCode.CREDENTIAL_CODE_TAKEN,
                        "a credential definition with code " + definition.code().code() + " already exists");
            }
            if (JpaStorage.isLostUpdate(e)) {
                throw stale(definition);
            }
            throw e;
        }
        return row.toDomain();
    }

    private static DomainException stale(CredentialDefinition definition) {
        return new DomainException(ErrorCode.STALE_VERSION, "credential definition " + definition.id()
                + " was changed by somebody else since version " + definition.version());
    }
}

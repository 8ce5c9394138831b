package se.esp.adapter.persistence.credential;

import java.util.Optional;

import se.esp.adapter.persistence.storage.JpaAggregates;
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
public final class JpaCredentialDefinitions extends JpaAggregates<CredentialDefinition, CredentialDefinitionJpaEntity>
        implements CredentialDefinitions {

    public JpaCredentialDefinitions(JpaStorage storage) {
        super(storage, CredentialDefinitionJpaEntity.class, d -> d.id().toString(), CredentialDefinition::version,
                row -> row.version, d -> "credential definition " + d.id(), ErrorCode.CREDENTIAL_DEFINITION_NOT_FOUND);
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
    protected CredentialDefinitionJpaEntity newRow(CredentialDefinition definition) {
        return CredentialDefinitionJpaEntity.newRow(definition);
    }

    @Override
    protected void update(CredentialDefinition definition, CredentialDefinitionJpaEntity row) {
        row.versions = DefinitionVersionsJson.write(definition.versions());
    }

    @Override
    protected CredentialDefinition toDomain(CredentialDefinitionJpaEntity row) {
        return row.toDomain();
    }

    @Override
    protected void onConstraintViolation(CredentialDefinition definition) {
        if (definition.version() == 0) {
            throw new DomainException(ErrorCode.CREDENTIAL_CODE_TAKEN,
                    "a credential definition with code " + definition.code().code() + " already exists");
        }
    }
}

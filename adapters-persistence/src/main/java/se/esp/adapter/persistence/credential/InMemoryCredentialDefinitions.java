package se.esp.adapter.persistence.credential;

import java.util.Comparator;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryAggregates;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.CredentialDefinitions;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Credential definitions in a map; callers get copies. */
public final class InMemoryCredentialDefinitions
        extends InMemoryAggregates<CredentialDefinitionId, CredentialDefinition> implements CredentialDefinitions {

    public InMemoryCredentialDefinitions() {
        super(CredentialDefinition::id, CredentialDefinition::version, d -> "credential definition " + d.id(),
                ErrorCode.CREDENTIAL_DEFINITION_NOT_FOUND);
    }

    @Override
    public Optional<CredentialDefinition> findByCode(MicroCredentialRef code) {
        return findFirst(d -> d.code().equals(code));
    }

    @Override
    public Page<CredentialDefinition> list(PageRequest page) {
        return page(stored().sorted(Comparator.comparing(d -> d.code().code())).toList(), page);
    }

    @Override
    protected void refuseNew(CredentialDefinition definition, CredentialDefinition stored) {
        if (stored != null || findByCode(definition.code()).isPresent()) {
            throw new DomainException(ErrorCode.CREDENTIAL_CODE_TAKEN,
                    "a credential definition with code " + definition.code().code() + " already exists");
        }
    }

    @Override
    protected CredentialDefinition copy(CredentialDefinition d, long version) {
        return CredentialDefinition.reconstitute(d.id(), d.code(), d.versions(), version);
    }
}

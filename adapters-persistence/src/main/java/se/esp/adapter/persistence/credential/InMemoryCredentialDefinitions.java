package se.esp.adapter.persistence.credential;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.CredentialDefinitions;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Credential definitions in a map; callers get copies. */
public final class InMemoryCredentialDefinitions implements CredentialDefinitions, InMemoryStore {

    private Map<CredentialDefinitionId, CredentialDefinition> byId = new HashMap<>();

    @Override
    public synchronized Optional<CredentialDefinition> findById(CredentialDefinitionId id) {
        return Optional.ofNullable(byId.get(id)).map(d -> copy(d, d.version()));
    }

    @Override
    public synchronized Optional<CredentialDefinition> findByCode(MicroCredentialRef code) {
        return byId.values().stream().filter(d -> d.code().equals(code)).findFirst().map(d -> copy(d, d.version()));
    }

    @Override
    public synchronized Page<CredentialDefinition> list(PageRequest page) {
        List<CredentialDefinition> sorted = byId.values().stream()
                .sorted(Comparator.comparing(d -> d.code().code())).toList();
        return new Page<>(sorted.stream().skip(page.offset()).limit(page.size()).map(d -> copy(d, d.version()))
                .toList(), page, sorted.size());
    }

    @Override
    public synchronized CredentialDefinition save(CredentialDefinition definition) {
        CredentialDefinition stored = byId.get(definition.id());
        if (definition.version() == 0) {
            if (stored != null || byId.values().stream().anyMatch(d -> d.code().equals(definition.code()))) {
                throw new DomainException(ErrorCode.CREDENTIAL_CODE_TAKEN,
                        "a credential definition with code " + definition.code().code() + " already exists");
            }
        } else {
            if (stored == null) {
                throw new DomainException(ErrorCode.CREDENTIAL_DEFINITION_NOT_FOUND,
                        "credential definition " + definition.id() + " no longer exists");
            }
            if (stored.version() != definition.version()) {
                throw new DomainException(ErrorCode.STALE_VERSION, "credential definition " + definition.id()
                        + " was changed by somebody else since version " + definition.version());
            }
        }
        CredentialDefinition next = copy(definition, definition.version() + 1);
        byId.put(next.id(), next);
        return copy(next, next.version());
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(byId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        byId = new HashMap<>((Map<CredentialDefinitionId, CredentialDefinition>) snapshot);
    }

    private static CredentialDefinition copy(CredentialDefinition d, long version) {
        return CredentialDefinition.reconstitute(d.id(), d.code(), d.versions(), version);
    }
}

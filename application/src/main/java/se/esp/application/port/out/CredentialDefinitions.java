package se.esp.application.port.out;

import java.util.Optional;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.packaging.MicroCredentialRef;

/** Where the owner's credential definitions are kept with all their versions. Called inside a transaction. */
public interface CredentialDefinitions {

    Optional<CredentialDefinition> findById(CredentialDefinitionId id);

    /** The definition a packaging names by this code. */
    Optional<CredentialDefinition> findByCode(MicroCredentialRef code);

    /** Definitions by code. */
    Page<CredentialDefinition> list(PageRequest page);

    /**
     * Stores a new definition (version 0) or a revision and returns it at its new version.
     *
     * @throws se.esp.domain.shared.DomainException {@code CREDENTIAL_CODE_TAKEN} when a new one's code is in use;
     *                                              {@code STALE_VERSION} on an outdated read
     */
    CredentialDefinition save(CredentialDefinition definition);
}

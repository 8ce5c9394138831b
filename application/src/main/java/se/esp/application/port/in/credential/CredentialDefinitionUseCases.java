package se.esp.application.port.in.credential;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.security.ActingUser;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialDefinitionId;

/**
 * The owner's micro-credential definitions. Platform administrators define and revise them; every signed-in user
 * reads them (they are what the catalogue promises).
 */
public interface CredentialDefinitionUseCases {

    CredentialDefinition define(ActingUser actor, DefineCredentialCommand command);

    CredentialDefinition revise(ActingUser actor, ReviseCredentialCommand command);

    CredentialDefinition get(ActingUser actor, CredentialDefinitionId id);

    Page<CredentialDefinition> list(ActingUser actor, PageRequest page);
}

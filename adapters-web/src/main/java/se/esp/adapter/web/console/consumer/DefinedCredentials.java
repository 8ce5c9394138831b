package se.esp.adapter.web.console.consumer;

import java.util.HashMap;
import java.util.Map;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.credential.CredentialDefinitionUseCases;
import se.esp.application.security.ActingUser;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.packaging.MicroCredentialRef;

/** The owner's micro-credential definitions by the code packagings name them by, as a case officer reads them. */
final class DefinedCredentials {

    private DefinedCredentials() {
    }

    /** Every definition, page by page; a code no definition has is absent (the page shows the code itself). */
    static Map<MicroCredentialRef, CredentialDefinition> all(CredentialDefinitionUseCases definitions,
                                                             ActingUser actor) {
        Map<MicroCredentialRef, CredentialDefinition> defined = new HashMap<>();
        for (int number = 0; ; number++) {
            Page<CredentialDefinition> page = definitions.list(actor, new PageRequest(number, PageRequest.MAX_SIZE));
            page.items().forEach(d -> defined.put(d.code(), d));
            if (page.items().size() < PageRequest.MAX_SIZE || number + 1 >= page.totalPages()) {
                return defined;
            }
        }
    }
}

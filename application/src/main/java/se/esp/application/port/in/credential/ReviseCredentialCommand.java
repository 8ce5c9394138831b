package se.esp.application.port.in.credential;

import java.util.Objects;

import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.credential.CredentialTerms;

/** New terms for a definition, based on the stored version read. */
public record ReviseCredentialCommand(CredentialDefinitionId id, long expectedVersion, CredentialTerms terms) {

    public ReviseCredentialCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
    }
}

package se.esp.application.port.in.credential;

import java.util.Objects;

import se.esp.domain.credential.CredentialTerms;
import se.esp.domain.packaging.MicroCredentialRef;

/** A new definition: the code packagings name it by, and its first terms. */
public record DefineCredentialCommand(MicroCredentialRef code, CredentialTerms terms) {

    public DefineCredentialCommand {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(terms, "terms");
    }
}

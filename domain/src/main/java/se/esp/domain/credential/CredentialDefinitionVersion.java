package se.esp.domain.credential;

import java.time.Instant;
import java.util.Objects;

/** One published version of a definition; credentials issued under it keep naming it. */
public record CredentialDefinitionVersion(int number, CredentialTerms terms, Instant publishedAt) {

    public CredentialDefinitionVersion {
        if (number < 1) {
            throw new IllegalArgumentException("versions count from 1");
        }
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}

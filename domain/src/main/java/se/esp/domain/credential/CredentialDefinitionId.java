package se.esp.domain.credential;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.Ids;

/** Identifies a credential definition across all its versions. */
public record CredentialDefinitionId(UUID value) {

    public CredentialDefinitionId {
        Objects.requireNonNull(value, "value");
    }

    public static CredentialDefinitionId newId() {
        return new CredentialDefinitionId(UUID.randomUUID());
    }

    public static CredentialDefinitionId parse(String text) {
        return new CredentialDefinitionId(Ids.uuid(text, "definitionId", "is not a definition id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

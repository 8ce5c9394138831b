package se.esp.domain.credential;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** Identifies a credential definition across all its versions. */
public record CredentialDefinitionId(UUID value) {

    public CredentialDefinitionId {
        Objects.requireNonNull(value, "value");
    }

    public static CredentialDefinitionId newId() {
        return new CredentialDefinitionId(UUID.randomUUID());
    }

    public static CredentialDefinitionId parse(String text) {
        try {
            return new CredentialDefinitionId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationException.of("definitionId", ViolationCode.INVALID_FORMAT, "is not a definition id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

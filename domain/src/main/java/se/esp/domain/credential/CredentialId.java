package se.esp.domain.credential;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.Ids;

/** Identifies one issued credential. */
public record CredentialId(UUID value) {

    public CredentialId {
        Objects.requireNonNull(value, "value");
    }

    public static CredentialId newId() {
        return new CredentialId(UUID.randomUUID());
    }

    public static CredentialId parse(String text) {
        return new CredentialId(Ids.uuid(text, "credentialId", "is not a credential id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

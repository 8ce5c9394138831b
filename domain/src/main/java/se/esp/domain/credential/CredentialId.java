package se.esp.domain.credential;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** Identifies one issued credential. */
public record CredentialId(UUID value) {

    public CredentialId {
        Objects.requireNonNull(value, "value");
    }

    public static CredentialId newId() {
        return new CredentialId(UUID.randomUUID());
    }

    public static CredentialId parse(String text) {
        try {
            return new CredentialId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationException.of("credentialId", ViolationCode.INVALID_FORMAT, "is not a credential id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

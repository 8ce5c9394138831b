package se.esp.domain.credential;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * A credential's revocation: once, for good, with a reason the public is told (so it names no person). A revoked
 * credential still verifies as issued by the owner, and as revoked.
 *
 * @param revokedBy the user who revoked it (for the record; not published)
 */
public record CredentialRevocation(CredentialId credential, String reason, String revokedBy, Instant revokedAt) {

    public static final int REASON_MAX = 500;

    public CredentialRevocation {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(revokedBy, "revokedBy");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    /** The revocation and its event; refused when the credential is revoked already or the reason is blank. */
    public record Revoked(CredentialRevocation revocation, CredentialRevoked event) {
    }

    public static Revoked revoke(IssuedCredential credential, Optional<CredentialRevocation> earlier, String reason,
                                 String by, Instant at) {
        Violations violations = new Violations();
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            violations.add("reason", ViolationCode.REQUIRED, "is required");
        } else if (text.length() > REASON_MAX) {
            violations.add("reason", ViolationCode.TOO_LONG, "is longer than " + REASON_MAX + " characters");
        }
        violations.throwIfAny();
        if (earlier.isPresent()) {
            throw new DomainException(ErrorCode.CREDENTIAL_ALREADY_REVOKED,
                    "credential " + credential.id() + " was revoked already");
        }
        CredentialRevocation revocation = new CredentialRevocation(credential.id(), text, by, at);
        return new Revoked(revocation, new CredentialRevoked(UUID.randomUUID(), at, credential.id(), text));
    }
}

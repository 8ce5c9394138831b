package se.esp.application.port.in.credential;

import java.util.List;
import java.util.Optional;

import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;

/**
 * Whether credentials are revoked, and why: public, as a verifier anywhere must be able to ask (the reason names no
 * person).
 */
public interface CredentialRevocationStatus {

    Optional<CredentialRevocation> revocation(CredentialId credential);

    /** Every revocation, oldest first. */
    List<CredentialRevocation> revocations();
}

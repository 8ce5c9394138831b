package se.esp.application.port.out;

import java.util.List;
import java.util.Optional;

import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;

/** Revocations of issued credentials; each credential is revoked at most once, and never un-revoked. */
public interface CredentialRevocations {

    /** @throws IllegalStateException if the credential is revoked already */
    void add(CredentialRevocation revocation);

    Optional<CredentialRevocation> find(CredentialId credential);

    /** Every revocation, oldest first: the published revocation list. */
    List<CredentialRevocation> all();
}

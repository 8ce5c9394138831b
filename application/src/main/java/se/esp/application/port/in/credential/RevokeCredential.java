package se.esp.application.port.in.credential;

import se.esp.application.security.ActingUser;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;

/**
 * Revoking an issued credential, with a reason. Platform administrators revoke any; supplier staff those earned in
 * their organisation's deliveries. Consumer staff who may read a credential are refused; anybody else is told it
 * does not exist.
 */
public interface RevokeCredential {

    CredentialRevocation revoke(ActingUser actor, CredentialId credential, String reason);
}

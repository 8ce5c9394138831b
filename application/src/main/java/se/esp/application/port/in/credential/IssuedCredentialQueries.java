package se.esp.application.port.in.credential;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.IssuedCredentials;
import se.esp.application.security.ActingUser;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.IssuedCredential;

/**
 * Issued credentials. Platform administrators read all; supplier staff those earned in their organisation's
 * deliveries; consumer staff those of the participants their organisation applied for. Anybody else is told a
 * credential does not exist.
 */
public interface IssuedCredentialQueries {

    IssuedCredential get(ActingUser actor, CredentialId id);

    /** The filter narrows further what the caller may see; it never widens it. */
    Page<IssuedCredential> list(ActingUser actor, IssuedCredentials.Filter filter, PageRequest page);
}

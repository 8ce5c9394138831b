package se.esp.adapter.web.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.esp.application.security.UserRole;

/**
 * DEMO RUN ONLY: hands out signed bearer tokens for the demo identities, so a newcomer can call the API without
 * an identity provider. Implemented by bootstrap, which signs with a key pair generated at start (never stored,
 * never in the repository) and is disabled unless demo identities are on; production verifies tokens of the
 * owner's identity provider instead.
 */
public interface DemoTokenIssuer {

    /** False in production: the demo token endpoint then does not exist (404). */
    boolean enabled();

    List<DemoIdentity> identities();

    /** A token for the named demo user, or empty if there is no such user. */
    Optional<IssuedToken> issue(String username);

    /** One demo user: which organisation (by its public organisation number) and which roles. */
    record DemoIdentity(String username, String displayName, String organisationNumber, String organisationName,
                        Set<UserRole> roles) {
    }

    record IssuedToken(String token, long expiresInSeconds) {
    }
}

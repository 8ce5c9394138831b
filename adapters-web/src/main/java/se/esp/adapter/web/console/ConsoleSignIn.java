package se.esp.adapter.web.console;

import java.util.Optional;

import se.esp.application.security.ActingUser;

/**
 * Checks a console user's name and password. Implemented by bootstrap: on the demo run against the demo
 * identities; with demo identities off it accepts nobody, and the console is reached through the owner's
 * identity provider instead ({@link ProviderSignIn}, see bootstrap/README.md).
 */
public interface ConsoleSignIn {

    /** The user, or empty for a wrong name or password (which of the two is never told). */
    Optional<SignedIn> signIn(String username, String password);

    record SignedIn(ActingUser user, String displayName) {
    }
}

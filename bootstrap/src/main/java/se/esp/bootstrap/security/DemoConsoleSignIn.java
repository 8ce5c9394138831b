package se.esp.bootstrap.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.web.console.ConsoleSignIn;
import se.esp.application.security.ActingUser;
import se.esp.domain.organisation.Organisation;

/**
 * DEMO RUN ONLY: console sign-in for the demo identities, all with the password {@value #DEMO_PASSWORD}. With
 * demo identities off it accepts nobody (production signs in through the owner's identity provider).
 */
@ApplicationScoped
public class DemoConsoleSignIn implements ConsoleSignIn {

    /** Public, in the README: the demo run holds no real data. */
    static final String DEMO_PASSWORD = "demo";

    @Inject
    PersistenceAdapters persistence;

    @Override
    public Optional<SignedIn> signIn(String username, String password) {
        if (!DemoSettings.demoIdentitiesEnabled() || username == null || password == null) {
            return Optional.empty();
        }
        boolean passwordMatches = MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                DEMO_PASSWORD.getBytes(StandardCharsets.UTF_8));
        return DemoIdentities.find(username.strip()).filter(identity -> passwordMatches).map(identity -> {
            Organisation organisation = persistence.transactions().inTransaction(() ->
                    persistence.organisations().findByNumber(identity.organisation())).orElse(null);
            return new SignedIn(new ActingUser("demo:" + identity.username(),
                    organisation == null ? null : organisation.id(), identity.roles()), identity.displayName());
        });
    }
}

package se.esp.bootstrap.security;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * DEMO RUN ONLY: makes the server accept demo tokens by supplying, as defaults of the token settings
 * ({@code identity/TokenVerification}), the issuer and the public half of {@link DemoSigningKey}. Its ordinal is
 * below every other source, so an operator who configures {@code mp.jwt.verify.publickey} (or
 * {@code MP_JWT_VERIFY_PUBLICKEY}) always wins, and a configured {@code mp.jwt.verify.publickey.location} is used
 * instead of the demo key; with demo identities off it supplies nothing and no token verifies until the owner's
 * identity provider is configured.
 */
public class DemoIdentityConfigSource implements ConfigSource {

    /** The source's name, by which a setting's value is known to be only the demo default. */
    public static final String NAME = "esp-demo-identities";
    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String ISSUER = "mp.jwt.verify.issuer";

    private final Map<String, String> properties = DemoSettings.demoIdentitiesEnabled()
            ? Map.of(PUBLIC_KEY, DemoSigningKey.publicKeyPem(), ISSUER, DemoSigningKey.ISSUER)
            : Map.of();

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String name) {
        return properties.get(name);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getOrdinal() {
        return 10;
    }
}

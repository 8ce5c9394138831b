package se.esp.bootstrap.security;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * DEMO RUN ONLY: makes the server's MicroProfile JWT accept demo tokens by supplying, as defaults, the issuer
 * and the public half of {@link DemoSigningKey}. Its ordinal is below every other source, so an operator who
 * configures {@code mp.jwt.verify.publickey} (or {@code MP_JWT_VERIFY_PUBLICKEY}) always wins; with demo
 * identities off it supplies nothing and no token verifies until the owner's identity provider is configured.
 */
public class DemoIdentityConfigSource implements ConfigSource {

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
        return "esp-demo-identities";
    }

    @Override
    public int getOrdinal() {
        return 10;
    }
}

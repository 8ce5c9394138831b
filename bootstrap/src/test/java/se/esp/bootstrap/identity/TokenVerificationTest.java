package se.esp.bootstrap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esp.adapter.common.identity.BearerIdentities;
import se.esp.adapter.common.identity.InvalidTokenException;
import se.esp.adapter.common.testing.TestIdentityProvider;

/** The server's token settings, read under MicroProfile JWT's names as deployments configure them today. */
class TokenVerificationTest {

    private final TestIdentityProvider provider = new TestIdentityProvider();
    private final Map<String, String> settings = new HashMap<>();
    private final Set<String> demoDefaults = new java.util.HashSet<>();

    @Test
    void readsTheKeyTheIssuerAndTheAudiences() {
        settings.put("mp.jwt.verify.publickey", provider.publicKeyPem());
        settings.put("mp.jwt.verify.issuer", TestIdentityProvider.ISSUER);
        settings.put("mp.jwt.verify.audiences", "other-app, " + TestIdentityProvider.AUDIENCE);

        BearerIdentities identities = identities();

        assertThat(identities.fromToken(provider.claims("u").sign()).userId()).isEqualTo("u");
        assertThatThrownBy(() -> identities.fromToken(provider.claims("u").issuer("urn:other").sign()))
                .hasMessageContaining("another issuer");
        assertThatThrownBy(() -> identities.fromToken(provider.claims("u").audience("third-app").sign()))
                .hasMessageContaining("another audience");
    }

    @Test
    void refusesAPlainHttpKeyLocationAtStartNamingTheSettings() {
        settings.put("mp.jwt.verify.publickey.location", "http://idp.example.se/realms/esp/certs");

        assertThatThrownBy(this::identities).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MP_JWT_VERIFY_PUBLICKEY_LOCATION").hasMessageContaining("plain http")
                .hasMessageContaining("ESP_IDENTITY_ALLOW_HTTP_KEY_LOCATION");

        settings.put("esp.identity.allow-http-key-location", "true");
        assertThat(identities()).isNotNull();
    }

    @Test
    void refusesAShortKeyAtStartNamingTheSetting() {
        settings.put("mp.jwt.verify.publickey", new TestIdentityProvider(1024, "weak").publicKeyPem());

        assertThatThrownBy(this::identities).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MP_JWT_VERIFY_PUBLICKEY").hasMessageContaining("1024 bits");
    }

    @Test
    void withoutAKeyEveryTokenIsRefused() {
        BearerIdentities identities = identities();

        assertThatThrownBy(() -> identities.fromToken(provider.claims("u").sign()))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("no key to verify bearer tokens");
    }

    @Test
    void aConfiguredKeyLocationWinsOverTheDemoKey(@TempDir Path folder) throws Exception {
        TestIdentityProvider demo = new TestIdentityProvider();
        settings.put("mp.jwt.verify.publickey", demo.publicKeyPem());
        demoDefaults.add("mp.jwt.verify.publickey");
        settings.put("mp.jwt.verify.publickey.location",
                Files.writeString(folder.resolve("idp.jwks"), provider.jwks()).toString());

        BearerIdentities identities = identities();

        assertThat(identities.fromToken(provider.claims("u").sign()).userId()).isEqualTo("u");
        assertThatThrownBy(() -> identities.fromToken(demo.claims("u").sign()))
                .isInstanceOf(InvalidTokenException.class);
    }

    private BearerIdentities identities() {
        return TokenVerification.fromConfig(name -> Optional.ofNullable(settings.get(name)), demoDefaults::contains,
                Clock.systemUTC());
    }
}

package se.esp.bootstrap.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The console's sign-in settings, checked once at start. */
class LibertyOidcClaimsTest {

    private final Map<String, String> settings = new HashMap<>();

    @Test
    void theFormNeedsNothing() {
        assertThatCode(this::check).doesNotThrowAnyException();
        settings.put("esp.console.signin", "form");
        assertThatCode(this::check).doesNotThrowAnyException();
    }

    @Test
    void theProviderNeedsItsDiscoveryUrlClientIdAndSecretAndNamesTheMissingOnes() {
        settings.put("esp.console.signin", "oidc");
        assertThatThrownBy(this::check).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ESP_OIDC_DISCOVERY_URL").hasMessageContaining("ESP_OIDC_CLIENT_ID")
                .hasMessageContaining("ESP_OIDC_CLIENT_SECRET");

        settings.put("esp.oidc.discovery.url", "https://idp.kommun.example/.well-known/openid-configuration");
        settings.put("esp.oidc.client.id", "esp-console");
        assertThatThrownBy(this::check).hasMessageContaining("(ESP_OIDC_CLIENT_SECRET) is not set")
                .hasMessageNotContaining("ESP_OIDC_CLIENT_ID");

        settings.put("esp.oidc.client.secret", "s3cret");
        assertThatCode(this::check).doesNotThrowAnyException();
    }

    @Test
    void theProvidersDiscoveryDocumentIsReadOverHttpsOnly() {
        settings.put("esp.console.signin", "OIDC");
        settings.put("esp.oidc.discovery.url", "http://idp.kommun.example/.well-known/openid-configuration");
        settings.put("esp.oidc.client.id", "esp-console");
        settings.put("esp.oidc.client.secret", "s3cret");

        assertThatThrownBy(this::check).hasMessageContaining("ESP_OIDC_DISCOVERY_URL").hasMessageContaining("https");
    }

    @Test
    void anUnknownWayToSignInStopsTheStart() {
        settings.put("esp.console.signin", "saml");

        assertThatThrownBy(this::check).hasMessageContaining("ESP_CONSOLE_SIGNIN").hasMessageContaining("'saml'");
    }

    private void check() {
        LibertyOidcClaims.checked(name -> Optional.ofNullable(settings.get(name)));
    }
}

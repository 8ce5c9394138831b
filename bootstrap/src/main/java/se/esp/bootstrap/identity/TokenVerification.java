package se.esp.bootstrap.identity;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

import se.esp.adapter.common.identity.BearerIdentities;
import se.esp.adapter.common.identity.TokenSettings;
import se.esp.adapter.common.identity.TokenVerifier;
import se.esp.adapter.messaging.inbound.SenderVerifier;
import se.esp.bootstrap.security.DemoIdentityConfigSource;

/**
 * The server's one identification of callers — the REST API's {@code AuthenticationFilter} and the inbound queue's
 * {@link SenderVerifier} are given the same {@link BearerIdentities} — built from MicroProfile Config under the setting
 * names MicroProfile JWT documents, so deployments configured for it keep working:
 *
 * <ul>
 *   <li>{@value #PUBLIC_KEY} — the identity provider's key as text (PEM, JWK or JWKS), or</li>
 *   <li>{@value #PUBLIC_KEY_LOCATION} — its JWKS URL ({@code https:}; cached, refreshed on an unknown key id) or a
 *       key file;</li>
 *   <li>{@value #ISSUER} — the {@code iss} tokens must carry; {@value #AUDIENCES} — accepted {@code aud} values,
 *       comma-separated (none: not checked);</li>
 *   <li>{@value #ALLOW_HTTP_LOCATION} — {@code true} lets the location be plain {@code http:} (tests against a local
 *       stand-in provider only).</li>
 * </ul>
 *
 * <p>On a demo run the demo signing key and issuer are defaults ({@link DemoIdentityConfigSource}); a key location the
 * operator configures wins over the demo key. A setting the server must not run with (a malformed or short key, a
 * plain http location) stops the start, named; no key at all leaves the server running and refusing every token.</p>
 */
@ApplicationScoped
public class TokenVerification {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String AUDIENCES = "mp.jwt.verify.audiences";
    static final String ALLOW_HTTP_LOCATION = "esp.identity.allow-http-key-location";

    private static final Logger LOG = Logger.getLogger(TokenVerification.class.getName());

    @Inject
    Config config;

    @Inject
    Clock clock;

    private BearerIdentities identities;

    /** The identification; built once, when first asked (the start asks, so a wrong setting stops it). */
    public synchronized BearerIdentities identities() {
        if (identities == null) {
            identities = fromConfig(name -> config.getOptionalValue(name, String.class), this::isDemoDefault, clock);
        }
        return identities;
    }

    @Produces
    @Singleton
    BearerIdentities bearerIdentities() {
        return identities();
    }

    @Produces
    @Singleton
    SenderVerifier senderVerifier() {
        return SenderVerifier.of(identities());
    }

    private boolean isDemoDefault(String name) {
        ConfigValue value = config.getConfigValue(name);
        return value != null && DemoIdentityConfigSource.NAME.equals(value.getSourceName());
    }

    /**
     * @param setting     a setting by its MicroProfile Config name
     * @param demoDefault whether a setting's value is only the demo run's default
     * @throws IllegalStateException for settings the server must not start with, naming the setting
     */
    static BearerIdentities fromConfig(Function<String, Optional<String>> setting,
                                       Function<String, Boolean> demoDefault, Clock clock) {
        String issuer = setting.apply(ISSUER).filter(s -> !s.isBlank()).orElse(null);
        Set<String> audiences = setting.apply(AUDIENCES).map(list -> Arrays.stream(list.split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
        Optional<String> key = setting.apply(PUBLIC_KEY).filter(k -> !k.isBlank());
        Optional<String> location = setting.apply(PUBLIC_KEY_LOCATION).filter(k -> !k.isBlank());
        if (key.isPresent() && location.isPresent() && demoDefault.apply(PUBLIC_KEY)) {
            key = Optional.empty(); // the operator's identity provider, not the demo key
        }
        if (key.isEmpty() && location.isEmpty()) {
            LOG.warning(() -> "no key to verify bearer tokens with: every API call and inbound message is refused "
                    + "until " + env(PUBLIC_KEY_LOCATION) + " (the identity provider's JWKS URL) or " + env(PUBLIC_KEY)
                    + " is set");
            return new BearerIdentities(TokenVerifier.refusingAll("the server has no key to verify bearer tokens "
                    + "with"));
        }
        if (key.isPresent() && location.isPresent()) {
            LOG.warning(() -> "both " + PUBLIC_KEY + " and " + PUBLIC_KEY_LOCATION + " are set: tokens are verified "
                    + "with " + PUBLIC_KEY + " only");
        }
        if (issuer == null) {
            LOG.warning(() -> ISSUER + " is not set: tokens of any issuer are accepted if the key verifies them");
        }
        boolean allowHttp = setting.apply(ALLOW_HTTP_LOCATION).map(v -> Boolean.parseBoolean(v.strip()))
                .orElse(false);
        TokenSettings settings = new TokenSettings(key.orElse(null), key.isPresent() ? null : location.get(), issuer,
                audiences, allowHttp);
        String named = key.isPresent() ? PUBLIC_KEY + " (" + env(PUBLIC_KEY) + ")"
                : PUBLIC_KEY_LOCATION + " (" + env(PUBLIC_KEY_LOCATION) + ")";
        try {
            TokenVerifier verifier = TokenVerifier.create(settings, clock);
            LOG.info(() -> "bearer tokens are verified with the key of " + named + ", issuer "
                    + (issuer == null ? "any" : issuer) + ", audiences " + (audiences.isEmpty() ? "any" : audiences));
            return new BearerIdentities(verifier);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(named + ": " + e.getMessage()
                    + (e.getMessage().contains("plain http") ? " (" + ALLOW_HTTP_LOCATION + ", "
                    + env(ALLOW_HTTP_LOCATION) + ")" : ""), e);
        }
    }

    /** The environment variable an operator sets for a setting, as MicroProfile Config maps it. */
    static String env(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }
}

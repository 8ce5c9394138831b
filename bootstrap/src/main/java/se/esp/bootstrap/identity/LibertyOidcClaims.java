package se.esp.bootstrap.identity;

import java.lang.reflect.InvocationTargetException;
import java.text.ParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import com.nimbusds.jwt.JWTClaimsSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.Config;

import se.esp.adapter.web.console.ProviderClaims;

/**
 * The console's sign-in through the owner's OpenID Connect provider, on Open Liberty. {@value #SIGN_IN} ({@code
 * ESP_CONSOLE_SIGNIN}) chooses it: {@code form} (the default: the sign-in form, demo users on the demo run) or
 * {@code oidc}. The same variable chooses server.xml's include {@code signin-${esp.console.signin}.xml}, which for
 * {@code oidc} enables Liberty's {@code openidConnectClient-1.0} with the provider of {@value #DISCOVERY_URL},
 * {@value #CLIENT_ID} and {@value #CLIENT_SECRET}, in front of the console's pages only.
 *
 * <p>Liberty verifies the ID token (signature with the keys the provider's discovery document names, issuer,
 * audience, expiry, nonce) and keeps it in the user's subject; this class reads its claims through Liberty's API
 * ({@code com.ibm.websphere.security.openidconnect.PropagationHelper.getIdToken()}, the OIDC client feature's
 * {@code ibm-api}). That API is not on Maven Central for this Liberty release and exists in the server only while the
 * feature is on, so it is called by name: with the form the class is never looked up.</p>
 */
@ApplicationScoped
public class LibertyOidcClaims implements ProviderClaims {

    static final String SIGN_IN = "esp.console.signin";
    static final String DISCOVERY_URL = "esp.oidc.discovery.url";
    static final String CLIENT_ID = "esp.oidc.client.id";
    static final String CLIENT_SECRET = "esp.oidc.client.secret";

    private static final String PROPAGATION_HELPER = "com.ibm.websphere.security.openidconnect.PropagationHelper";
    private static final String ID_TOKEN = "com.ibm.websphere.security.openidconnect.token.IdToken";
    private static final Logger LOG = Logger.getLogger(LibertyOidcClaims.class.getName());

    @Inject
    Config config;

    private volatile Boolean enabled;

    @Override
    public boolean enabled() {
        Boolean known = enabled;
        if (known == null) {
            known = enabled = signInKind(name -> config.getOptionalValue(name, String.class)).equals("oidc");
        }
        return known;
    }

    @Override
    public Optional<JWTClaimsSet> of(HttpServletRequest request) {
        if (!enabled() || request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        return idTokenClaims().map(LibertyOidcClaims::parse);
    }

    /**
     * Checks the settings once at start and says in the log how the console signs in.
     *
     * @throws IllegalStateException for {@code oidc} without the provider's settings, naming the missing ones
     */
    public void check() {
        checked(name -> config.getOptionalValue(name, String.class));
    }

    static void checked(Function<String, Optional<String>> setting) {
        String kind = signInKind(setting);
        Optional<String> discovery = setting.apply(DISCOVERY_URL).filter(v -> !v.isBlank());
        if (kind.equals("form")) {
            if (discovery.isPresent()) {
                LOG.warning(() -> DISCOVERY_URL + " is set, but the console signs in with the form: set "
                        + TokenVerification.env(SIGN_IN) + "=oidc to sign in through the identity provider");
            }
            LOG.info("the console signs in with the form");
            return;
        }
        if (!kind.equals("oidc")) {
            throw new IllegalStateException(SIGN_IN + " (" + TokenVerification.env(SIGN_IN) + ") is '" + kind
                    + "': it is 'form' (the sign-in form) or 'oidc' (the owner's OpenID Connect provider)");
        }
        java.util.List<String> missing = java.util.stream.Stream.of(DISCOVERY_URL, CLIENT_ID, CLIENT_SECRET)
                .filter(name -> setting.apply(name).filter(v -> !v.isBlank()).isEmpty())
                .map(name -> name + " (" + TokenVerification.env(name) + ")").toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the console signs in through the identity provider ("
                    + TokenVerification.env(SIGN_IN) + "=oidc), but " + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " not set");
        }
        if (!discovery.get().strip().toLowerCase(Locale.ROOT).startsWith("https://")) {
            throw new IllegalStateException(DISCOVERY_URL + " (" + TokenVerification.env(DISCOVERY_URL) + ") is "
                    + discovery.get() + ": the identity provider's discovery document is read over https only");
        }
        LOG.info(() -> "the console signs in through the identity provider of " + discovery.get().strip()
                + " as client " + setting.apply(CLIENT_ID).orElseThrow().strip());
    }

    private static String signInKind(Function<String, Optional<String>> setting) {
        return setting.apply(SIGN_IN).map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty())
                .orElse("form");
    }

    /** The ID token's claims as JSON, from the subject Liberty's OpenID Connect client authenticated. */
    private static Optional<String> idTokenClaims() {
        ClassLoader loader = LibertyOidcClaims.class.getClassLoader();
        try {
            Object idToken = Class.forName(PROPAGATION_HELPER, true, loader).getMethod("getIdToken").invoke(null);
            if (idToken == null) {
                return Optional.empty();
            }
            return Optional.ofNullable((String) Class.forName(ID_TOKEN, true, loader).getMethod("getAllClaimsAsJson")
                    .invoke(idToken));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the console signs in through the identity provider, but Liberty's "
                    + "OpenID Connect client is not enabled: is server.xml's signin-oidc.xml included?", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Liberty's OpenID Connect client could not give the ID token",
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Liberty's OpenID Connect client API is not what this server expects", e);
        }
    }

    private static JWTClaimsSet parse(String json) {
        try {
            return JWTClaimsSet.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("Liberty's OpenID Connect client gave ID token claims that are not a JSON "
                    + "object", e);
        }
    }
}

package se.esp.adapter.web.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import se.esp.adapter.common.identity.BearerIdentities;
import se.esp.adapter.common.testing.TestIdentityProvider;
import se.esp.adapter.web.security.AuthenticationFilter;
import se.esp.application.security.ActingUser;

/**
 * Bearer tokens for tests without an application server: real RS256 tokens signed by one stand-in identity provider
 * ({@link TestIdentityProvider}), which the {@link ApiServer}'s {@link AuthenticationFilter} trusts
 * ({@link #identities()}). So everything from the {@code Authorization} header on — verification, claim mapping,
 * 401 and the use cases' decisions — is the production code.
 */
public final class TestTokens {

    /** The identity provider every test server trusts. */
    public static final TestIdentityProvider PROVIDER = new TestIdentityProvider();

    private static final BearerIdentities IDENTITIES = PROVIDER.identities();

    private TestTokens() {
    }

    /** The {@code Authorization} header value for a user with these claims. */
    public static String bearer(ActingUser user) {
        return PROVIDER.bearer(user);
    }

    /**
     * The {@code Authorization} header value for a token with exactly these claims besides the provider's issuer,
     * audience and a validity of ten minutes (e.g. a malformed {@code org_id}).
     */
    public static String bearer(JsonObject claims) {
        TestIdentityProvider.Claims token = PROVIDER.claims(null);
        claims.forEach((name, value) -> token.claim(name, plain(value)));
        return "Bearer " + token.sign();
    }

    /** The server side: identification trusting {@link #PROVIDER}, as the real server trusts its provider. */
    public static BearerIdentities identities() {
        return IDENTITIES;
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : (Object) ((JsonNumber) value).doubleValue();
            case TRUE -> true;
            case FALSE -> false;
            case NULL -> null;
            case ARRAY -> ((JsonArray) value).stream().map(TestTokens::plain).toList();
            case OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                ((JsonObject) value).forEach((name, member) -> object.put(name, plain(member)));
                yield object;
            }
        };
    }
}

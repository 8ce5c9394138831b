package se.esp.adapter.common.identity;

import java.util.Set;

/**
 * What a bearer token must satisfy, as the operator configures it (the server reads MicroProfile JWT's setting
 * names: {@code mp.jwt.verify.publickey}, {@code ….publickey.location}, {@code ….issuer}, {@code ….audiences}).
 *
 * @param keyText           the identity provider's public key as text: a PEM public key, a JWK or a JWKS; or
 *                          {@code null} when the keys come from {@code keyLocation}
 * @param keyLocation       where the keys are: the provider's JWKS URL ({@code https:}, fetched, cached and
 *                          refreshed when a token names a key id not seen yet), or a file ({@code file:} or a
 *                          path, read once at start) holding key text; or {@code null}
 * @param issuer            the {@code iss} every token must carry; {@code null}: not checked
 * @param audiences         the accepted {@code aud} values; empty: {@code aud} is not checked
 * @param allowHttpLocation whether {@code keyLocation} may be plain {@code http:}, which lets anybody on the
 *                          network substitute keys: for tests against a local stand-in provider only
 */
public record TokenSettings(String keyText, String keyLocation, String issuer, Set<String> audiences,
                            boolean allowHttpLocation) {

    public TokenSettings {
        keyText = blankToNull(keyText);
        keyLocation = blankToNull(keyLocation);
        issuer = blankToNull(issuer);
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
    }

    /** Keys given as text (PEM, JWK or JWKS). */
    public static TokenSettings keyText(String keyText, String issuer, Set<String> audiences) {
        return new TokenSettings(keyText, null, issuer, audiences, false);
    }

    /** Keys read from a location (the identity provider's JWKS URL, or a file). */
    public static TokenSettings keyLocation(String keyLocation, String issuer, Set<String> audiences) {
        return new TokenSettings(null, keyLocation, issuer, audiences, false);
    }

    /** The same settings, with a plain {@code http:} key location allowed (tests only). */
    public TokenSettings allowingHttpLocation() {
        return new TokenSettings(keyText, keyLocation, issuer, audiences, true);
    }

    /** Whether any key is configured at all. */
    public boolean hasKey() {
        return keyText != null || keyLocation != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

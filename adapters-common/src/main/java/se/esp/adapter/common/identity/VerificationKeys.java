package se.esp.adapter.common.identity;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.X509CertUtils;

/**
 * The identity provider's public keys, from the settings: text (PEM, JWK, JWKS) or a file, checked once at start;
 * or the provider's JWKS URL, fetched when first needed, cached for {@link #CACHE_LIFETIME}, fetched again when a
 * token names a key id the cached set lacks (a rotation), at most twice per {@link #MIN_REFRESH_INTERVAL}, so
 * tokens with made-up key ids cannot make the server hammer the provider.
 */
final class VerificationKeys {

    /** RSA keys shorter than this are refused: 1024-bit RSA is within reach of a determined attacker. */
    static final int MIN_RSA_BITS = 2048;
    static final Duration CACHE_LIFETIME = Duration.ofMinutes(5);
    static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(30);
    private static final Duration REFRESH_TIMEOUT = Duration.ofSeconds(15);
    private static final int HTTP_TIMEOUT_MILLIS = 5000;
    private static final int HTTP_SIZE_LIMIT = 512 * 1024;

    private VerificationKeys() {
    }

    /** @throws IllegalArgumentException for keys or a location the server must not start with, saying why */
    static JWKSource<SecurityContext> from(TokenSettings settings, Set<JWSAlgorithm> algorithms) {
        if (settings.keyText() != null) {
            return new ImmutableJWKSet<>(parse(settings.keyText(), algorithms));
        }
        if (settings.keyLocation() == null) {
            throw new IllegalArgumentException("no verification key is configured");
        }
        String location = settings.keyLocation();
        URI uri = uri(location);
        String scheme = uri.getScheme() == null ? "file" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "https":
                return remote(uri);
            case "http":
                if (!settings.allowHttpLocation()) {
                    throw new IllegalArgumentException("the key location " + location + " is plain http: anybody on "
                            + "the way could hand the server keys of their own. Use the identity provider's https "
                            + "address (plain http is allowed only for tests, by an explicit setting)");
                }
                return remote(uri);
            case "file":
                Path file = uri.getScheme() == null ? Path.of(location) : Path.of(uri);
                try {
                    return new ImmutableJWKSet<>(parse(Files.readString(file, StandardCharsets.UTF_8), algorithms));
                } catch (IOException e) {
                    throw new IllegalArgumentException("the key file " + file + " cannot be read: " + e.getMessage(),
                            e);
                }
            default:
                throw new IllegalArgumentException("the key location " + location + " is neither an https address "
                        + "nor a file");
        }
    }

    private static URI uri(String location) {
        if (location.matches("^[A-Za-z]:[\\\\/].*")) {
            return Path.of(location).toUri(); // a Windows path, not a URI with scheme "c"
        }
        try {
            return new URI(location);
        } catch (URISyntaxException e) {
            return Path.of(location).toUri();
        }
    }

    private static JWKSource<SecurityContext> remote(URI uri) {
        try {
            return JWKSourceBuilder.<SecurityContext>create(uri.toURL(),
                            new DefaultResourceRetriever(HTTP_TIMEOUT_MILLIS, HTTP_TIMEOUT_MILLIS, HTTP_SIZE_LIMIT))
                    .cache(CACHE_LIFETIME.toMillis(), REFRESH_TIMEOUT.toMillis())
                    // refreshing ahead would need a thread of its own, outside the server's managed ones
                    .refreshAheadCache(false)
                    .rateLimited(MIN_REFRESH_INTERVAL.toMillis())
                    .retrying(true)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the key location " + uri + " is not a URL: " + e.getMessage(), e);
        }
    }

    /**
     * The RSA signing keys in key text: a PEM public key or certificate (or its bare base64), a JWK or a JWKS.
     * Keys for encryption or another algorithm are left out; a signing key under {@value #MIN_RSA_BITS} bits
     * refuses the whole text, since the operator meant it to be used.
     */
    static JWKSet parse(String text, Set<JWSAlgorithm> algorithms) {
        List<JWK> candidates = text.strip().startsWith("{") ? jwks(text.strip()) : List.of(pem(text.strip()));
        List<JWK> keys = new ArrayList<>();
        for (JWK candidate : candidates) {
            if (candidate instanceof RSAKey rsa && (rsa.getKeyUse() == null || KeyUse.SIGNATURE.equals(rsa.getKeyUse()))
                    && (rsa.getAlgorithm() == null || algorithms.contains(rsa.getAlgorithm()))) {
                requireStrong(rsa);
                keys.add(rsa.toPublicJWK());
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("the verification key holds no RSA signing key");
        }
        return new JWKSet(keys);
    }

    /** @throws IllegalArgumentException if the key is shorter than {@value #MIN_RSA_BITS} bits */
    static void requireStrong(RSAKey key) {
        if (key.size() < MIN_RSA_BITS) {
            throw new IllegalArgumentException("the RSA key" + (key.getKeyID() == null ? "" : " '" + key.getKeyID()
                    + "'") + " has " + key.size() + " bits; at least " + MIN_RSA_BITS + " are required");
        }
    }

    private static List<JWK> jwks(String json) {
        try {
            Map<String, Object> object = JSONObjectUtils.parse(json);
            return object.containsKey("keys") ? JWKSet.parse(object).getKeys() : List.of(JWK.parse(object));
        } catch (ParseException e) {
            throw new IllegalArgumentException("the verification key is not a valid JWK or JWKS: " + e.getMessage(),
                    e);
        }
    }

    private static JWK pem(String text) {
        PublicKey key;
        if (text.contains("-----BEGIN CERTIFICATE-----")) {
            X509Certificate certificate = X509CertUtils.parse(text);
            if (certificate == null) {
                throw new IllegalArgumentException("the verification certificate cannot be read");
            }
            key = certificate.getPublicKey();
        } else {
            String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            try {
                key = KeyFactory.getInstance("RSA")
                        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new IllegalArgumentException("the verification key is neither a PEM public key (-----BEGIN "
                        + "PUBLIC KEY-----) nor a JWK or JWKS", e);
            }
        }
        return publicKey(key);
    }

    private static JWK publicKey(PublicKey key) {
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new IllegalArgumentException("the verification key is a " + key.getAlgorithm()
                    + " key; tokens are verified with RSA keys");
        }
        return new RSAKey.Builder(rsa).build();
    }
}

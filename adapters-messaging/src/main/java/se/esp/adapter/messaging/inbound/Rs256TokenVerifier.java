package se.esp.adapter.messaging.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;

/**
 * Verifies a compact JWS bearer token with the JDK alone (no JWT library): RS256 signature by one of the trusted RSA
 * keys, {@code exp} in the future and {@code nbf} (if any) in the past within {@link #CLOCK_SKEW}, {@code iss} equal
 * to the configured issuer, and, when audiences are configured, an {@code aud} naming one of them. It reads the
 * claims as the REST API does (adapters-web {@code security/TokenIdentities}): {@code sub} (else {@code upn}),
 * {@code org_id}, {@code groups} (case-insensitive, unknown groups ignored).
 *
 * <p>Keys are given as MicroProfile JWT takes them ({@code mp.jwt.verify.publickey} /
 * {@code mp.jwt.verify.publickey.location}): a PEM public key, a JWK or a JWKS. A location is read when first
 * needed and again when a token names a key id it does not know (at most once a minute), so an identity provider
 * may rotate its keys.</p>
 */
public final class Rs256TokenVerifier implements SenderVerifier {

    public static final String ORGANISATION_CLAIM = "org_id";
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    private static final Duration RELOAD_INTERVAL = Duration.ofMinutes(1);

    private final Supplier<String> keySource;
    private final String issuer;
    private final Set<String> audiences;
    private final Clock clock;
    private Map<String, PublicKey> keys;
    private Instant loadedAt = Instant.MIN;

    /**
     * @param keySource supplies the key text (PEM, JWK or JWKS); asked again when a token names an unknown key id
     * @param issuer    the required {@code iss}; {@code null} accepts any (as MicroProfile JWT without an issuer)
     * @param audiences accepted {@code aud} values; empty: {@code aud} is not checked
     */
    public Rs256TokenVerifier(Supplier<String> keySource, String issuer, Set<String> audiences, Clock clock) {
        this.keySource = Objects.requireNonNull(keySource, "keySource");
        this.issuer = issuer == null || issuer.isBlank() ? null : issuer.strip();
        this.audiences = Set.copyOf(audiences);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Keys given as text (e.g. {@code mp.jwt.verify.publickey}). */
    public static Rs256TokenVerifier ofKeyText(String keyText, String issuer, Set<String> audiences, Clock clock) {
        return new Rs256TokenVerifier(() -> keyText, issuer, audiences, clock);
    }

    /** Keys read from a URL or file (e.g. {@code mp.jwt.verify.publickey.location}, a JWKS endpoint). */
    public static Rs256TokenVerifier ofLocation(String location, String issuer, Set<String> audiences, Clock clock) {
        return new Rs256TokenVerifier(() -> read(location), issuer, audiences, clock);
    }

    @Override
    public ActingUser verify(String token) {
        if (token == null || token.isBlank()) {
            throw new UnauthenticatedException("the message carries no bearer token");
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3) {
            throw new UnauthenticatedException("the bearer token is not a signed JWT");
        }
        JsonObject header = json(parts[0], "header");
        JsonObject claims = json(parts[1], "claims");
        if (!"RS256".equals(text(header, "alg"))) {
            throw new UnauthenticatedException("the bearer token is not signed with RS256");
        }
        if (!signatureValid(text(header, "kid"), parts)) {
            throw new UnauthenticatedException("the bearer token's signature does not verify");
        }
        Instant now = clock.instant();
        Long expires = seconds(claims, "exp");
        if (expires == null || Instant.ofEpochSecond(expires).plus(CLOCK_SKEW).isBefore(now)) {
            throw new UnauthenticatedException("the bearer token has expired");
        }
        Long notBefore = seconds(claims, "nbf");
        if (notBefore != null && Instant.ofEpochSecond(notBefore).minus(CLOCK_SKEW).isAfter(now)) {
            throw new UnauthenticatedException("the bearer token is not valid yet");
        }
        if (issuer != null && !issuer.equals(text(claims, "iss"))) {
            throw new UnauthenticatedException("the bearer token is from another issuer");
        }
        if (!audiences.isEmpty() && audience(claims).stream().noneMatch(audiences::contains)) {
            throw new UnauthenticatedException("the bearer token is for another audience");
        }
        return actingUser(claims);
    }

    private static ActingUser actingUser(JsonObject claims) {
        String user = text(claims, "sub");
        if (user == null || user.isBlank()) {
            user = text(claims, "upn");
        }
        if (user == null || user.isBlank()) {
            throw new UnauthenticatedException("the bearer token names no user (sub or upn)");
        }
        OrganisationId organisation = null;
        String organisationText = text(claims, ORGANISATION_CLAIM);
        if (organisationText != null && !organisationText.isBlank()) {
            try {
                organisation = OrganisationId.parse(organisationText.strip());
            } catch (RuntimeException e) {
                throw new UnauthenticatedException("the bearer token's " + ORGANISATION_CLAIM
                        + " claim is not an organisation id");
            }
        }
        Set<UserRole> roles = EnumSet.noneOf(UserRole.class);
        if (claims.get("groups") instanceof JsonArray groups) {
            for (JsonValue group : groups) {
                if (group instanceof JsonString name) {
                    String normalised = name.getString().strip().toUpperCase(Locale.ROOT).replace('-', '_');
                    for (UserRole role : UserRole.values()) {
                        if (role.name().equals(normalised)) {
                            roles.add(role);
                        }
                    }
                }
            }
        }
        return new ActingUser(user, organisation, roles);
    }

    private boolean signatureValid(String keyId, String[] parts) {
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        for (PublicKey key : candidates(keyId)) {
            try {
                Signature rsa = Signature.getInstance("SHA256withRSA");
                rsa.initVerify(key);
                rsa.update(signed);
                if (rsa.verify(signature)) {
                    return true;
                }
            } catch (GeneralSecurityException e) {
                // try the next key
            }
        }
        return false;
    }

    private synchronized List<PublicKey> candidates(String keyId) {
        if (keys == null || (keyId != null && !keys.containsKey(keyId)
                && loadedAt.plus(RELOAD_INTERVAL).isBefore(clock.instant()))) {
            try {
                keys = parseKeys(keySource.get());
                loadedAt = clock.instant();
            } catch (RuntimeException e) {
                if (keys == null) {
                    throw new UnauthenticatedException("no key to verify bearer tokens with: " + e.getMessage());
                }
            }
        }
        if (keyId != null && keys.containsKey(keyId)) {
            return List.of(keys.get(keyId));
        }
        return new ArrayList<>(keys.values());
    }

    /** PEM ({@code -----BEGIN PUBLIC KEY-----}), a JWK or a JWKS; keys without an id are keyed by their position. */
    static Map<String, PublicKey> parseKeys(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("no verification key is configured");
        }
        String trimmed = text.strip();
        Map<String, PublicKey> result = new LinkedHashMap<>();
        try {
            if (trimmed.startsWith("{")) {
                JsonObject object;
                try (JsonReader reader = Json.createReader(new StringReader(trimmed))) {
                    object = reader.readObject();
                }
                List<JsonObject> jwks = object.containsKey("keys")
                        ? object.getJsonArray("keys").getValuesAs(JsonObject.class) : List.of(object);
                for (JsonObject jwk : jwks) {
                    if ("RSA".equals(text(jwk, "kty")) && !"enc".equals(text(jwk, "use"))) {
                        BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n")));
                        BigInteger exponent = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e")));
                        String id = text(jwk, "kid");
                        result.put(id == null ? "#" + result.size() : id,
                                KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent)));
                    }
                }
            } else {
                String base64 = trimmed.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                result.put("#0", KeyFactory.getInstance("RSA")
                        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64))));
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("the verification key is neither a PEM public key nor an RSA JWK(S): "
                    + e.getMessage(), e);
        }
        if (result.isEmpty()) {
            throw new IllegalStateException("the key set holds no RSA signing key");
        }
        return result;
    }

    private static String read(String location) {
        try {
            URI uri = location.contains(":") && !location.matches("^[A-Za-z]:\\\\.*")
                    ? URI.create(location) : java.nio.file.Path.of(location).toUri();
            var connection = uri.toURL().openConnection();
            connection.setConnectTimeout(5000);
            connection.setReadTimeout(5000);
            try (InputStream in = connection.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("could not read the verification key from " + location + ": " + e, e);
        }
    }

    private static JsonObject json(String part, String what) {
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new UnauthenticatedException("the bearer token's " + what + " is not a JSON object");
        }
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static Long seconds(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonNumber number ? number.longValue() : null;
    }

    private static List<String> audience(JsonObject claims) {
        JsonValue value = claims.get("aud");
        if (value instanceof JsonString single) {
            return List.of(single.getString());
        }
        if (value instanceof JsonArray array) {
            return array.getValuesAs(JsonValue.class).stream().filter(JsonString.class::isInstance)
                    .map(v -> ((JsonString) v).getString()).toList();
        }
        return List.of();
    }
}

package se.esp.adapter.messaging.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * Stands in for the identity provider in tests of inbound messages: its own RSA key pair and RS256 tokens with the
 * claims eSP reads ({@code sub}, {@code org_id}, {@code groups}), valid or expired, for an issuer and an audience.
 */
public final class TestSigner {

    public static final String ISSUER = "urn:esp:test-idp";
    public static final String AUDIENCE = "esp";

    private final KeyPair keys;

    public TestSigner() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as PEM, the form {@code mp.jwt.verify.publickey} takes. */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----";
    }

    /** The public key as a JWKS with one key of the given id. */
    public String jwks(String keyId) {
        var rsa = (java.security.interfaces.RSAPublicKey) keys.getPublic();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kty", "RSA").add("kid", keyId).add("use", "sig").add("alg", "RS256")
                .add("n", url.encodeToString(unsigned(rsa.getModulus().toByteArray())))
                .add("e", url.encodeToString(unsigned(rsa.getPublicExponent().toByteArray()))))).build().toString();
    }

    /** A token valid for ten minutes. */
    public String token(String subject, String organisationId, String... groups) {
        return token(subject, organisationId, Duration.ofMinutes(10), ISSUER, AUDIENCE, null, groups);
    }

    /** A token that expired an hour ago. */
    public String expired(String subject, String organisationId, String... groups) {
        return token(subject, organisationId, Duration.ofHours(-1), ISSUER, AUDIENCE, null, groups);
    }

    /**
     * @param organisationId {@code null}: no {@code org_id}
     * @param validFor       negative: expired
     */
    public String token(String subject, String organisationId, Duration validFor, String issuer, String audience,
                        String keyId, String... groups) {
        JsonArrayBuilder groupArray = Json.createArrayBuilder();
        for (String group : groups) {
            groupArray.add(group);
        }
        long now = Instant.now().getEpochSecond();
        JsonObjectBuilder claims = Json.createObjectBuilder().add("iss", issuer).add("sub", subject)
                .add("upn", subject).add("groups", groupArray).add("iat", now)
                .add("exp", now + validFor.toSeconds()).add("jti", UUID.randomUUID().toString());
        if (audience != null) {
            claims.add("aud", audience);
        }
        if (organisationId != null) {
            claims.add("org_id", organisationId);
        }
        JsonObjectBuilder header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT");
        if (keyId != null) {
            header.add("kid", keyId);
        }
        String signedPart = base64(header.build().toString()) + "." + base64(claims.build().toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signedPart.getBytes(StandardCharsets.US_ASCII));
            return signedPart + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}

package se.esp.bootstrap.e2e;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * Stands in for an owner's identity provider: its own RSA key pair, whose public half the server is given by
 * configuration only ({@link #serverSettings()}), and RS256 tokens with the claims eSP reads.
 */
final class TokenSigner {

    static final String ISSUER = "https://idp.example.test/realms/esp";

    private final KeyPair keys;

    TokenSigner() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The environment an operator sets to trust this identity provider. */
    Map<String, String> serverSettings() {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----";
        return Map.of("MP_JWT_VERIFY_PUBLICKEY", pem, "MP_JWT_VERIFY_ISSUER", ISSUER);
    }

    /** @param organisationId {@code null} for a platform-level user */
    String token(String subject, String organisationId, String... groups) {
        JsonArrayBuilder groupArray = Json.createArrayBuilder();
        for (String group : groups) {
            groupArray.add(group);
        }
        long now = Instant.now().getEpochSecond();
        JsonObjectBuilder claims = Json.createObjectBuilder().add("iss", ISSUER).add("sub", subject)
                .add("upn", subject).add("groups", groupArray).add("iat", now).add("exp", now + 3600)
                .add("jti", UUID.randomUUID().toString());
        if (organisationId != null) {
            claims.add("org_id", organisationId);
        }
        String header = base64(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build().toString());
        String payload = base64(claims.build().toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}

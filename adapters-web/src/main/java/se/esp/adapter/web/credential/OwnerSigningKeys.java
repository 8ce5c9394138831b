package se.esp.adapter.web.credential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import se.esp.application.port.out.CredentialSigningKeys;
import se.esp.application.port.out.CredentialSigningKeys.StoredKey;
import se.esp.application.port.out.Transactions;

/**
 * The owner's key that signs credentials, and the public keys a verifier may meet. An operator supplies the key
 * through configuration (an RSA private key as a PKCS#8 PEM or a JWK, given inline or as a file path); without
 * one, the platform generates an RSA 2048 key once, stores it (every server then signs with the same key, after
 * restarts too) and signs with it. Every stored key stays published beside a configured one, so credentials signed
 * before the operator supplied a key still verify.
 */
public final class OwnerSigningKeys {

    private static final int KEY_BITS = 2048;

    private final RSAKey signing;
    private final Map<String, RSAKey> published;

    private OwnerSigningKeys(RSAKey signing, List<RSAKey> others) {
        this.signing = signing;
        Map<String, RSAKey> keys = new LinkedHashMap<>();
        keys.put(signing.getKeyID(), signing.toPublicJWK());
        others.forEach(k -> keys.putIfAbsent(k.getKeyID(), k.toPublicJWK()));
        this.published = keys;
    }

    /**
     * @param configured   the configured private key (PEM, JWK, or the path of a file holding either), or null
     * @param configuredId the configured key's id, or null for its JWK thumbprint
     */
    public static OwnerSigningKeys resolve(String configured, String configuredId, CredentialSigningKeys stored,
                                           Transactions transactions, Clock clock) {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(transactions, "transactions");
        List<RSAKey> storedKeys = new ArrayList<>(transactions.inTransaction(stored::all).stream()
                .map(OwnerSigningKeys::privateKey).toList());
        if (configured != null && !configured.isBlank()) {
            return new OwnerSigningKeys(configuredKey(configured.strip(), configuredId), storedKeys);
        }
        if (storedKeys.isEmpty()) {
            RSAKey generated = generate();
            transactions.inTransaction(() -> stored.addFirst(new StoredKey(generated.getKeyID(),
                    generated.toPublicJWK().toJSONString(), generated.toJSONString(), clock.instant())));
            // another server may have stored its key first: every server signs with the one stored
            storedKeys = new ArrayList<>(transactions.inTransaction(stored::all).stream()
                    .map(OwnerSigningKeys::privateKey).toList());
        }
        RSAKey newest = storedKeys.get(storedKeys.size() - 1);
        return new OwnerSigningKeys(newest, storedKeys);
    }

    /** For tests and the embedded example: signs with the given key only. */
    public static OwnerSigningKeys of(RSAKey signing) {
        return new OwnerSigningKeys(signing, List.of());
    }

    /** The private key that signs, with its key id. */
    public RSAKey signing() {
        return signing;
    }

    /** The public key of the given id, if it is one of the owner's. */
    public RSAKey publicKey(String keyId) {
        return keyId == null ? null : published.get(keyId);
    }

    /** Every public key, the signing one first. */
    public JWKSet publicKeys() {
        return new JWKSet(List.<JWK>copyOf(published.values()));
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_BITS).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("no RSA key could be generated", e);
        }
    }

    private static RSAKey privateKey(StoredKey key) {
        try {
            return RSAKey.parse(key.privateKey());
        } catch (ParseException e) {
            throw new IllegalStateException("the stored signing key " + key.keyId() + " is not an RSA JWK", e);
        }
    }

    static RSAKey configuredKey(String configured, String configuredId) {
        String text = configured;
        if (!text.startsWith("{") && !text.startsWith("-----BEGIN")) {
            try {
                text = Files.readString(Path.of(text), StandardCharsets.UTF_8).strip();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("esp.credentials.signing-key is neither a PEM or JWK key nor a "
                        + "readable file", e);
            }
        }
        try {
            RSAKey.Builder builder;
            if (text.startsWith("{")) {
                RSAKey parsed = RSAKey.parse(text);
                if (!parsed.isPrivate()) {
                    throw new IllegalStateException("esp.credentials.signing-key is a public key; signing needs "
                            + "the private key");
                }
                builder = new RSAKey.Builder(parsed);
            } else {
                builder = fromPem(text);
            }
            builder.keyUse(KeyUse.SIGNATURE);
            if (configuredId != null && !configuredId.isBlank()) {
                builder.keyID(configuredId.strip());
            } else if (!text.startsWith("{") || RSAKey.parse(text).getKeyID() == null) {
                builder.keyIDFromThumbprint();
            }
            RSAKey key = builder.build();
            if (key.size() < KEY_BITS) {
                throw new IllegalStateException("esp.credentials.signing-key has " + key.size()
                        + " bits; at least " + KEY_BITS + " are needed");
            }
            return key;
        } catch (ParseException | JOSEException | GeneralSecurityException | IllegalArgumentException
                 | ClassCastException e) {
            throw new IllegalStateException("esp.credentials.signing-key is not an RSA private key (PKCS#8 PEM or "
                    + "JWK)", e);
        }
    }

    private static RSAKey.Builder fromPem(String pem) throws GeneralSecurityException {
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalArgumentException("not a PKCS#8 private key");
        }
        String body = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new RSAKey.Builder(publicKey).privateKey(privateKey);
    }
}

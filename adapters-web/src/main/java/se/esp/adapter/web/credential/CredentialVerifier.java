package se.esp.adapter.web.credential;

import static se.esp.adapter.common.json.JsonProviders.JSON;

import java.io.StringReader;
import java.text.ParseException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import se.esp.application.port.in.credential.CredentialRevocationStatus;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;

/**
 * Checks a credential exported as VC-JWT: that it is a compact JWS signed RS256 by one of the owner's keys (named
 * by {@code kid}), that its payload is what was signed, that the owner has not revoked it, and that it is within
 * its validity.
 */
public final class CredentialVerifier {

    /** What a verifier is told. */
    public enum Outcome {
        /** Signed by the owner, unchanged, within its validity. */
        VALID,
        /** Not a compact JWS carrying a credential. */
        MALFORMED,
        /** Names no key the owner has published, or an algorithm other than RS256. */
        UNKNOWN_ISSUER_KEY,
        /** The signature does not match the content: changed after signing, or signed by another key. */
        TAMPERED,
        /** Authentic but past its {@code validUntil}. */
        EXPIRED,
        /** Authentic, but the issuer revoked it (the reason says why). */
        REVOKED
    }

    /** The outcome, the credential's id and key id when they could be read, and a revocation's reason. */
    public record Verification(Outcome outcome, String credentialId, String keyId, String revocationReason) {

        Verification(Outcome outcome, String credentialId, String keyId) {
            this(outcome, credentialId, keyId, null);
        }


        public Verification {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    private final OwnerSigningKeys keys;
    private final CredentialRevocationStatus revocations;

    public CredentialVerifier(OwnerSigningKeys keys, CredentialRevocationStatus revocations) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.revocations = Objects.requireNonNull(revocations, "revocations");
    }

    public Verification verify(String jwt, Instant now) {
        if (jwt == null || jwt.isBlank()) {
            return new Verification(Outcome.MALFORMED, null, null);
        }
        JWSObject jws;
        JsonObject payload;
        try {
            jws = JWSObject.parse(jwt.strip());
            try (JsonReader reader = JSON.createReader(new StringReader(jws.getPayload().toString()))) {
                payload = reader.readObject();
            }
        } catch (ParseException | JsonException | IllegalStateException | ClassCastException e) {
            return new Verification(Outcome.MALFORMED, null, null);
        }
        String credentialId = string(payload, "id");
        String keyId = jws.getHeader().getKeyID();
        RSAKey key = keys.publicKey(keyId);
        if (key == null || !JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())) {
            return new Verification(Outcome.UNKNOWN_ISSUER_KEY, credentialId, keyId);
        }
        try {
            if (!jws.verify(new RSASSAVerifier(key))) {
                return new Verification(Outcome.TAMPERED, credentialId, keyId);
            }
        } catch (JOSEException e) {
            return new Verification(Outcome.TAMPERED, credentialId, keyId);
        }
        Optional<CredentialRevocation> revoked = platformId(credentialId).flatMap(revocations::revocation);
        if (revoked.isPresent()) {
            return new Verification(Outcome.REVOKED, credentialId, keyId, revoked.get().reason());
        }
        JsonValue exp = payload.get("exp");
        if (exp instanceof JsonNumber seconds && now.getEpochSecond() >= seconds.longValue()) {
            return new Verification(Outcome.EXPIRED, credentialId, keyId);
        }
        return new Verification(Outcome.VALID, credentialId, keyId);
    }

    /** The platform's id of a credential named {@code …/credentials/<uuid>}. */
    private static Optional<CredentialId> platformId(String credentialId) {
        if (credentialId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CredentialId.parse(credentialId.substring(credentialId.lastIndexOf('/') + 1)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING
                ? object.getString(name) : null;
    }
}

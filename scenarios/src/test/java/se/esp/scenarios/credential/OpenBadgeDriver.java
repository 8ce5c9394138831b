package se.esp.scenarios.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import se.esp.adapter.web.credential.CredentialIssuer;
import se.esp.adapter.web.credential.CredentialVerifier;
import se.esp.adapter.web.credential.OwnerSigningKeys;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.credential.CredentialDefinitionVersion;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.LanguageCode;
import se.esp.scenarios.support.World;

/**
 * A credential as its holder carries it away: exported as a signed Open Badges 3.0 credential (VC-JWT) by the
 * owner's key kept in the scenario's storage, then checked as a verifier anywhere would check it — by the
 * platform's public verification, which also asks the revocation status, and by a second JOSE library (jose4j)
 * against the owner's published key.
 */
public final class OpenBadgeDriver {

    private static final URI PUBLIC_BASE = URI.create("https://esp.example.se/api/");

    /** The credential exported in the running scenario, with the world it was exported in. */
    private static Exported exported;

    private record Exported(World world, CredentialIssuer issuer, IssuedCredential credential, String jwt) {
    }

    private OpenBadgeDriver() {
    }

    /** The consumer's staff export the participant's credential of the code, as the API's export does. */
    static void export(String code, int number, String consumer, String language) {
        World world = World.current();
        IssuedCredential credential = CredentialDriver.heldOfCode(number, consumer, language, code);
        OwnerSigningKeys keys = OwnerSigningKeys.resolve(null, null, world.storage.credentialSigningKeys(),
                world.storage.transactions(), world.clock);
        CredentialIssuer issuer = new CredentialIssuer(keys, "eSP", PUBLIC_BASE);
        OrganisationId consumerId = world.organisation(consumer);
        ActingUser staff = new ActingUser("scenario-consumer_staff@" + consumerId, consumerId,
                EnumSet.of(UserRole.CONSUMER_STAFF));
        CredentialDefinitionVersion version = world.credentials.get(staff, credential.definitionId())
                .version(credential.definitionVersion()).orElseThrow();
        String jwt = issuer.export(credential, version, PUBLIC_BASE, LanguageCode.SWEDISH);
        exported = new Exported(world, issuer, credential, jwt);
    }

    /**
     * Valid by the platform's verification; its signature checks with jose4j against the owner's published key;
     * it names the participant only by a salted hash, and names the credential, the achievement's code and the
     * owner as issuer.
     */
    static void assertVerifiesAsValid() {
        Exported e = current();
        CredentialVerifier.Verification verification = verify(e.jwt());
        assertThat(verification.outcome()).isEqualTo(CredentialVerifier.Outcome.VALID);
        assertThat(verification.credentialId()).isEqualTo(PUBLIC_BASE + "credentials/" + e.credential().id());

        JsonObject payload = json(independentlyVerifiedPayload(e));
        assertThat(payload.getJsonObject("issuer").getString("id"))
                .isEqualTo(PUBLIC_BASE + CredentialIssuer.PUBLIC_PATH + "/issuer");
        JsonObject subject = payload.getJsonObject("credentialSubject");
        assertThat(subject.getJsonObject("achievement").getString("humanCode")).isEqualTo(e.credential().code());
        JsonObject identifier = subject.getJsonArray("identifier").getJsonObject(0);
        String participant = e.credential().participant().toString();
        assertThat(identifier.getBoolean("hashed")).isTrue();
        assertThat(identifier.getString("identityHash"))
                .isEqualTo(sha256(participant + identifier.getString("salt")));
        assertThat(payload.toString()).doesNotContain(participant);
    }

    /** Someone changes the credential's content after it was signed (more credits earned), keeping the signature. */
    static void tamper() {
        Exported e = current();
        String[] parts = e.jwt().split("\\.");
        JsonObject payload = json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        JsonObject subject = payload.getJsonObject("credentialSubject");
        JsonObject changed = Json.createObjectBuilder(payload)
                .add("credentialSubject", Json.createObjectBuilder(subject).add("creditsEarned", 150))
                .build();
        String body = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.toString().getBytes(StandardCharsets.UTF_8));
        exported = new Exported(e.world(), e.issuer(), e.credential(), parts[0] + "." + body + "." + parts[2]);
    }

    /** The platform calls it tampered, and the second library refuses its signature too. */
    static void assertFailsAsTampered() {
        Exported e = current();
        assertThat(verify(e.jwt()).outcome()).isEqualTo(CredentialVerifier.Outcome.TAMPERED);
        assertThat(signatureChecksIndependently(e)).isFalse();
    }

    /** Authentic (its signature still checks independently), but the platform's verification says revoked, and why. */
    static void assertVerifiesAsRevoked(String reason) {
        Exported e = current();
        CredentialVerifier.Verification verification = verify(e.jwt());
        assertThat(verification.outcome()).isEqualTo(CredentialVerifier.Outcome.REVOKED);
        assertThat(verification.revocationReason()).isEqualTo(reason);
        assertThat(signatureChecksIndependently(e)).isTrue();
    }

    private static CredentialVerifier.Verification verify(String jwt) {
        World world = World.current();
        return current().issuer().verifier(world.credentialRevocations).verify(jwt, world.clock.instant());
    }

    private static Exported current() {
        Exported e = exported;
        if (e == null || e.world() != World.current()) {
            throw new AssertionError("no credential was exported in this scenario");
        }
        return e;
    }

    private static boolean signatureChecksIndependently(Exported e) {
        try {
            independentlyVerifiedPayload(e);
            return true;
        } catch (AssertionError refused) {
            return false;
        }
    }

    /** jose4j checks the RS256 signature against the public key the owner publishes under the JWT's key id. */
    private static String independentlyVerifiedPayload(Exported e) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                    AlgorithmIdentifiers.RSA_USING_SHA256));
            jws.setCompactSerialization(e.jwt());
            String published = e.issuer().keys().publicKey(jws.getKeyIdHeaderValue()).toJSONString();
            jws.setKey(JsonWebKey.Factory.newJwk(published).getKey());
            if (!jws.verifySignature()) {
                throw new AssertionError("jose4j refuses the signature");
            }
            return jws.getPayload();
        } catch (JoseException ex) {
            throw new AssertionError("jose4j cannot read the credential: " + ex.getMessage(), ex);
        }
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String sha256(String text) {
        try {
            return "sha256$" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

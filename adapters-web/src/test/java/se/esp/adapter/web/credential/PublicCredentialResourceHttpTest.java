package se.esp.adapter.web.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.web.testing.HttpHarness.assertProblem;
import static se.esp.adapter.web.testing.HttpHarness.json;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.esp.adapter.web.testing.HttpHarness;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.shared.LanguageCode;

/**
 * What anybody checking a credential reaches without signing in, over real HTTP: the issuer profile, the owner's
 * public keys as a JWKS and a did:web document (never a private part), verification of an exported credential —
 * valid, changed, revoked, not a credential at all — and the revocation list.
 */
class PublicCredentialResourceHttpTest {

    private static final Instant ISSUED = TestCredentials.ISSUED;
    private static final TestCredentials.Revocations REVOCATIONS = new TestCredentials.Revocations();

    private static CredentialIssuer issuer;
    private static HttpHarness anybody;

    @BeforeAll
    static void startServer() throws Exception {
        RSAKey owners = new RSAKeyGenerator(2048).keyID("owner-1").generate();
        issuer = new CredentialIssuer(OwnerSigningKeys.of(owners), "eSP", null);
        anybody = new HttpHarness(null, new PublicCredentialResource(issuer, REVOCATIONS,
                Clock.fixed(ISSUED.plusSeconds(3600), ZoneOffset.UTC))).anonymous();
    }

    @AfterAll
    static void stopServer() {
        anybody.close();
    }

    @BeforeEach
    void nothingRevoked() {
        REVOCATIONS.clear();
    }

    private static IssuedCredential credential() {
        return TestCredentials.basicCare(null);
    }

    private static String exported(IssuedCredential credential) {
        return issuer.export(credential, TestCredentials.BASIC_CARE, anybody.base(), LanguageCode.SWEDISH);
    }

    private static JsonObject verify(String jwt) throws Exception {
        HttpResponse<String> answer = anybody.send("POST", "public/credentials/verify",
                Json.createObjectBuilder().add("credential", jwt).build().toString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return json(answer);
    }

    @Test
    void theIssuerAndItsPublicKeysAreServedWithoutSigningInAndNeverAPrivatePart() throws Exception {
        JsonObject profile = json(anybody.send("GET", "public/credentials/issuer", null));
        assertThat(profile.getString("id")).isEqualTo(anybody.base() + "public/credentials/issuer");
        assertThat(profile.getString("name")).isEqualTo("eSP");

        HttpResponse<String> jwks = anybody.send("GET", "public/credentials/jwks", null);
        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/jwk-set+json"));
        JsonObject key = json(jwks).getJsonArray("keys").getJsonObject(0);
        assertThat(key.getString("kid")).isEqualTo("owner-1");
        assertThat(key.getString("kty")).isEqualTo("RSA");
        assertThat(key.keySet()).doesNotContain("d", "p", "q", "dp", "dq", "qi");

        JsonObject did = json(anybody.send("GET", "public/credentials/did.json", null));
        URI base = anybody.base();
        assertThat(did.getString("id")).isEqualTo("did:web:" + base.getHost() + "%3A" + base.getPort()
                + base.getPath().replaceAll("/+$", "").replace("/", ":") + ":public:credentials");
        JsonObject method = did.getJsonArray("verificationMethod").getJsonObject(0);
        assertThat(method.getString("id")).isEqualTo(did.getString("id") + "#owner-1");
        assertThat(method.getJsonObject("publicKeyJwk").keySet()).contains("n", "e").doesNotContain("d");
        assertThat(did.getJsonArray("assertionMethod").getString(0)).isEqualTo(method.getString("id"));
    }

    @Test
    void anExportedCredentialVerifiesChangedItIsTamperedAndNonsenseIsMalformed() throws Exception {
        IssuedCredential credential = credential();
        String jwt = exported(credential);

        JsonObject valid = verify(jwt);
        assertThat(valid.getString("result")).isEqualTo("VALID");
        assertThat(valid.getString("credentialId")).isEqualTo(anybody.base() + "credentials/" + credential.id());
        assertThat(valid.getString("keyId")).isEqualTo("owner-1");

        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"creditsEarned\":7.5", "\"creditsEarned\":75");
        assertThat(payload).contains("\"creditsEarned\":75");
        String changed = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(verify(changed).getString("result")).isEqualTo("TAMPERED");

        assertThat(verify("not a credential").getString("result")).isEqualTo("MALFORMED");
        assertProblem(anybody.send("POST", "public/credentials/verify", "{\"credential\": 5}"), 400,
                "VALIDATION_FAILED");
    }

    @Test
    void aRevokedCredentialVerifiesAsRevokedWithItsReasonAndStandsOnTheRevocationList() throws Exception {
        IssuedCredential credential = credential();
        String jwt = exported(credential);
        IssuedCredential other = credential();
        REVOCATIONS.revoke(credential.id(), "Utfärdad av misstag");

        JsonObject revoked = verify(jwt);
        assertThat(revoked.getString("result")).isEqualTo("REVOKED");
        assertThat(revoked.getString("revocationReason")).isEqualTo("Utfärdad av misstag");
        assertThat(verify(exported(other)).getString("result")).isEqualTo("VALID");

        JsonObject list = json(anybody.send("GET", "public/credentials/revocations", null));
        assertThat(list.getString("id")).isEqualTo(anybody.base() + "public/credentials/revocations");
        assertThat(list.getString("issuer")).isEqualTo(anybody.base() + "public/credentials/issuer");
        assertThat(list.getJsonArray("revokedCredentials")).hasSize(1);
        JsonObject entry = list.getJsonArray("revokedCredentials").getJsonObject(0);
        assertThat(entry.getString("id")).isEqualTo(anybody.base() + "credentials/" + credential.id());
        assertThat(entry.getString("revocationReason")).isEqualTo("Utfärdad av misstag");
    }
}

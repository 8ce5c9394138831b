package se.esp.adapter.web.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.web.testing.HttpHarness.assertProblem;
import static se.esp.adapter.web.testing.HttpHarness.json;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.esp.adapter.web.testing.HttpHarness;
import se.esp.application.port.in.credential.CredentialRevocationStatus;
import se.esp.domain.credential.Alignment;
import se.esp.domain.credential.AlignmentKind;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.credential.CredentialDefinitionVersion;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;
import se.esp.domain.credential.CredentialTerms;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.LanguageCode;

/**
 * What anybody checking a credential reaches without signing in, over real HTTP: the issuer profile, the owner's
 * public keys as a JWKS and a did:web document (never a private part), verification of an exported credential —
 * valid, changed, revoked, not a credential at all — and the revocation list.
 */
class PublicCredentialResourceHttpTest {

    private static final Instant ISSUED = Instant.parse("2027-02-15T10:00:00Z");
    private static final CredentialDefinitionVersion VERSION = new CredentialDefinitionVersion(1,
            new CredentialTerms(LocalisedText.svEn("Basal omvårdnad", "Basic care"),
                    LocalisedText.svEn("Grunderna.", "The basics."), LocalisedText.svEn("Klarat.", "Passed."),
                    List.of(new Alignment(AlignmentKind.ESCO_OCCUPATION,
                            "http://data.europa.eu/esco/isco/C5321", "Health care assistants")),
                    new BigDecimal("7.5"), 12), ISSUED);

    private static final Map<CredentialId, CredentialRevocation> REVOKED = new ConcurrentHashMap<>();
    private static final CredentialRevocationStatus REVOCATIONS = new CredentialRevocationStatus() {
        @Override
        public Optional<CredentialRevocation> revocation(CredentialId credential) {
            return Optional.ofNullable(REVOKED.get(credential));
        }

        @Override
        public List<CredentialRevocation> revocations() {
            return List.copyOf(REVOKED.values());
        }
    };

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
        REVOKED.clear();
    }

    private static IssuedCredential credential() {
        return new IssuedCredential(CredentialId.newId(), CredentialDefinitionId.newId(), "VO-OMV-01", 1,
                ParticipantId.newId(), DeliveryId.newId(), OrganisationId.newId(), OrganisationId.newId(), ISSUED,
                null);
    }

    private static String exported(IssuedCredential credential) {
        return issuer.export(credential, VERSION, anybody.base(), LanguageCode.SWEDISH);
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
        REVOKED.put(credential.id(), new CredentialRevocation(credential.id(), "Utfärdad av misstag",
                "supplier-staff@ronneby", ISSUED.plusSeconds(60)));

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

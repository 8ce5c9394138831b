package se.esp.adapter.web.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.esp.adapter.web.credential.CredentialVerifier.Outcome;
import se.esp.domain.credential.CredentialDefinitionVersion;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.shared.LanguageCode;

class CredentialVerifierTest {

    private static final Instant ISSUED = TestCredentials.ISSUED;
    private static final URI BASE = URI.create("https://esp.example.se/api/");
    private static final CredentialDefinitionVersion VERSION = TestCredentials.BASIC_CARE;
    private static final TestCredentials.Revocations REVOCATIONS = new TestCredentials.Revocations();

    private static RSAKey owners;
    private static CredentialIssuer issuer;

    @BeforeAll
    static void anOwnerWithAKey() throws Exception {
        owners = new RSAKeyGenerator(2048).keyID("owner-1").generate();
        issuer = new CredentialIssuer(OwnerSigningKeys.of(owners), "eSP", null);
    }

    private static IssuedCredential credential(Instant validUntil) {
        return TestCredentials.basicCare(validUntil);
    }

    private static String exported(IssuedCredential credential) {
        return issuer.export(credential, VERSION, BASE, LanguageCode.SWEDISH);
    }

    @Test
    void anExportedCredentialVerifiesAsValidNamingItsIdAndKey() {
        IssuedCredential credential = credential(null);

        CredentialVerifier.Verification v = issuer.verifier(REVOCATIONS).verify(exported(credential), ISSUED.plusSeconds(60));

        assertThat(v.outcome()).isEqualTo(Outcome.VALID);
        assertThat(v.credentialId()).isEqualTo(BASE + "credentials/" + credential.id());
        assertThat(v.keyId()).isEqualTo("owner-1");
    }

    @Test
    void aCredentialWhoseContentWasChangedIsTampered() {
        String[] parts = exported(credential(null)).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"creditsEarned\":7.5");
        String changed = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"creditsEarned\":7.5", "\"creditsEarned\":75").getBytes(StandardCharsets.UTF_8));

        CredentialVerifier.Verification v = issuer.verifier(REVOCATIONS).verify(parts[0] + "." + changed + "." + parts[2],
                ISSUED);

        assertThat(v.outcome()).isEqualTo(Outcome.TAMPERED);
    }

    @Test
    void aCredentialSignedByAnotherKeyUnderTheOwnersKeyIdIsTampered() throws Exception {
        RSAKey impostor = new RSAKeyGenerator(2048).keyID("owner-1").generate();
        String forged = new CredentialIssuer(OwnerSigningKeys.of(impostor), "eSP", null)
                .export(credential(null), VERSION, BASE, LanguageCode.SWEDISH);

        assertThat(issuer.verifier(REVOCATIONS).verify(forged, ISSUED).outcome()).isEqualTo(Outcome.TAMPERED);
    }

    @Test
    void aCredentialSignedByAKeyTheOwnerNeverPublishedNamesAnUnknownKey() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
        String foreign = new CredentialIssuer(OwnerSigningKeys.of(stranger), "eSP", null)
                .export(credential(null), VERSION, BASE, LanguageCode.SWEDISH);

        CredentialVerifier.Verification v = issuer.verifier(REVOCATIONS).verify(foreign, ISSUED);

        assertThat(v.outcome()).isEqualTo(Outcome.UNKNOWN_ISSUER_KEY);
        assertThat(v.keyId()).isEqualTo("stranger");
    }

    @Test
    void aRevokedCredentialVerifiesAsRevokedWithTheReasonAndOthersStayValid() {
        IssuedCredential revoked = credential(null);
        IssuedCredential kept = credential(null);
        String jwt = exported(revoked);
        assertThat(issuer.verifier(REVOCATIONS).verify(jwt, ISSUED).outcome()).isEqualTo(Outcome.VALID);
        REVOCATIONS.revoke(revoked.id(), "Utfärdad av misstag");

        CredentialVerifier.Verification v = issuer.verifier(REVOCATIONS).verify(jwt, ISSUED);

        assertThat(v.outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(v.revocationReason()).isEqualTo("Utfärdad av misstag");
        assertThat(issuer.verifier(REVOCATIONS).verify(exported(kept), ISSUED).outcome()).isEqualTo(Outcome.VALID);
        assertThat(jwtPayload(jwt)).contains("\"credentialStatus\":{\"id\":\"" + BASE
                + "public/credentials/revocations\",\"type\":\"1EdTechRevocationList\"}");
    }

    @Test
    void aTamperedRevokedCredentialIsTamperedNotRevoked() {
        IssuedCredential revoked = credential(null);
        REVOCATIONS.revoke(revoked.id(), "Fel");
        String[] parts = exported(revoked).split("\\.");
        String changed = Base64.getUrlEncoder().withoutPadding().encodeToString(jwtPayload(exported(revoked))
                .replace("Basal omvårdnad", "Avancerad omvårdnad").getBytes(StandardCharsets.UTF_8));

        assertThat(issuer.verifier(REVOCATIONS).verify(parts[0] + "." + changed + "." + parts[2], ISSUED).outcome())
                .isEqualTo(Outcome.TAMPERED);
    }

    private static String jwtPayload(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void aCredentialPastItsValidityIsExpired() {
        Instant until = ISSUED.plusSeconds(3600);
        String jwt = exported(credential(until));

        assertThat(issuer.verifier(REVOCATIONS).verify(jwt, until.minusSeconds(1)).outcome()).isEqualTo(Outcome.VALID);
        assertThat(issuer.verifier(REVOCATIONS).verify(jwt, until).outcome()).isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void whatIsNotACompactJwsIsMalformed() {
        for (String text : new String[] {null, "", "not.a.jwt", "abc", "e30.e30"}) {
            assertThat(issuer.verifier(REVOCATIONS).verify(text, ISSUED).outcome()).as(String.valueOf(text))
                    .isEqualTo(Outcome.MALFORMED);
        }
    }

    @Test
    void theDidOfTheIssuerNamesHostPortAndPath() {
        assertThat(PublicCredentialResource.did(URI.create("https://esp.example.se/api/public/credentials")))
                .isEqualTo("did:web:esp.example.se:api:public:credentials");
        assertThat(PublicCredentialResource.did(URI.create("http://localhost:9080/api/public/credentials/")))
                .isEqualTo("did:web:localhost%3A9080:api:public:credentials");
    }
}

package se.esp.adapter.web.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.esp.adapter.web.credential.CredentialVerifier.Outcome;
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

class CredentialVerifierTest {

    private static final Instant ISSUED = Instant.parse("2027-02-15T10:00:00Z");
    private static final URI BASE = URI.create("https://esp.example.se/api/");
    private static final CredentialDefinitionVersion VERSION = new CredentialDefinitionVersion(1,
            new CredentialTerms(LocalisedText.svEn("Basal omvårdnad", "Basic care"),
                    LocalisedText.svEn("Grunderna.", "The basics."), LocalisedText.svEn("Klarat.", "Passed."),
                    List.of(new Alignment(AlignmentKind.ESCO_OCCUPATION,
                            "http://data.europa.eu/esco/occupation/x", "healthcare assistant")),
                    new BigDecimal("7.5"), 12), ISSUED);

    /** The revocations the verifier asks about, as the application keeps them. */
    private static final Map<CredentialId, CredentialRevocation> REVOKED = new HashMap<>();
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

    private static RSAKey owners;
    private static CredentialIssuer issuer;

    @BeforeAll
    static void anOwnerWithAKey() throws Exception {
        owners = new RSAKeyGenerator(2048).keyID("owner-1").generate();
        issuer = new CredentialIssuer(OwnerSigningKeys.of(owners), "eSP", null);
    }

    private static IssuedCredential credential(Instant validUntil) {
        return new IssuedCredential(CredentialId.newId(), CredentialDefinitionId.newId(), "VO-OMV-01", 1,
                ParticipantId.newId(), DeliveryId.newId(), OrganisationId.newId(), OrganisationId.newId(), ISSUED,
                validUntil);
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
        REVOKED.put(revoked.id(), new CredentialRevocation(revoked.id(), "Utfärdad av misstag", "admin", ISSUED));

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
        REVOKED.put(revoked.id(), new CredentialRevocation(revoked.id(), "Fel", "admin", ISSUED));
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

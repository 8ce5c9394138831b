package se.esp.adapter.web.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import se.esp.domain.credential.Alignment;
import se.esp.domain.credential.AlignmentKind;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.credential.CredentialDefinitionVersion;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialTerms;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.LanguageCode;

/**
 * Every exported credential validates against the official Open Badges 3.0 JSON Schema (1EdTech's, kept in
 * {@code src/test/resources/openbadges/} with its source) with zero errors, and its VC-JWT signature verifies with
 * jose4j — a JOSE library independent of the nimbus-jose-jwt that signs it; a tampered credential does not.
 */
class OpenBadgeCredentialsTest {

    private static final Instant ISSUED = Instant.parse("2027-02-15T10:00:00.123456Z");
    private static final OpenBadgeCredentials.Issuer OWNER = new OpenBadgeCredentials.Issuer(
            URI.create("https://esp.example.se/api/issuer"), "eSP Nationell plattform (fiktiv demoägare)");
    private static final URI BASE = URI.create("https://esp.example.se/api/");

    private static Schema schema;
    private static RSAKey key;

    @BeforeAll
    static void loadTheSchemaAndMakeAKey() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).build()));
        try (InputStream in = OpenBadgeCredentialsTest.class.getClassLoader()
                .getResourceAsStream("openbadges/ob_v3p0_achievementcredential_schema.json")) {
            assertThat(in).isNotNull();
            schema = registry.getSchema(in);
        }
        key = new RSAKeyGenerator(2048).keyID("esp-owner-1").generate();
    }

    private static CredentialTerms terms(AlignmentKind kind, String credits, Integer validityMonths) {
        return new CredentialTerms(LocalisedText.svEn("Basal omvårdnad", "Basic care"),
                LocalisedText.svEn("Grunderna i omvårdnad.", "The basics of care."),
                LocalisedText.svEn("Deltagit i alla pass och klarat slutuppgiften.",
                        "Attended every session and passed the final task."),
                List.of(new Alignment(kind, "http://data.europa.eu/esco/occupation/0d4a5b36-example",
                        "healthcare assistant")), new BigDecimal(credits), validityMonths);
    }

    private static IssuedCredential issued(Instant validUntil) {
        return new IssuedCredential(CredentialId.newId(), CredentialDefinitionId.newId(), "VO-OMV-01", 2,
                ParticipantId.newId(), DeliveryId.newId(), OrganisationId.newId(), OrganisationId.newId(), ISSUED,
                validUntil);
    }

    private static List<String> errors(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    @Test
    void everyExportedCredentialValidatesAgainstTheOfficialSchemaWithZeroErrors() {
        for (AlignmentKind kind : AlignmentKind.values()) {
            for (Integer months : new Integer[] {null, 36}) {
                for (String credits : new String[] {"0", "7.5"}) {
                    IssuedCredential credential = issued(months == null ? null : ISSUED.plusSeconds(86_400L * 1000));
                    JsonObject json = OpenBadgeCredentials.credential(credential,
                            new CredentialDefinitionVersion(2, terms(kind, credits, months), ISSUED),
                            OWNER, BASE, LanguageCode.SWEDISH);

                    assertThat(errors(json.toString())).as(kind + ", " + months + " months, " + credits + " credits")
                            .isEmpty();
                    assertThat(json.getJsonArray("type").getString(1)).isEqualTo("OpenBadgeCredential");
                    assertThat(json.toString()).doesNotContain(credential.participant().toString());
                }
            }
        }
    }

    @Test
    void theSchemaRefusesACredentialWithoutWhatItRequires() {
        JsonObject json = OpenBadgeCredentials.credential(issued(null),
                new CredentialDefinitionVersion(1, terms(AlignmentKind.ESCO_SKILL, "1", null), ISSUED), OWNER, BASE,
                LanguageCode.ENGLISH);

        assertThat(errors(Json.createObjectBuilder(json).remove("validFrom").build().toString())).isNotEmpty();
        assertThat(errors(Json.createObjectBuilder(json).add("type", Json.createArrayBuilder()
                .add("VerifiableCredential")).build().toString())).isNotEmpty();
    }

    @Test
    void carriesTheAchievementTheIssuerAndAHashedRecipientAsOpenBadgesDescribeThem() {
        IssuedCredential credential = issued(Instant.parse("2030-02-15T10:00:00Z"));
        JsonObject json = OpenBadgeCredentials.credential(credential,
                new CredentialDefinitionVersion(2, terms(AlignmentKind.ESCO_OCCUPATION, "7.5", 36), ISSUED),
                OWNER, BASE, LanguageCode.ENGLISH);

        JsonObject subject = json.getJsonObject("credentialSubject");
        JsonObject achievement = subject.getJsonObject("achievement");
        assertThat(achievement.getString("name")).isEqualTo("Basic care");
        assertThat(achievement.getJsonObject("criteria").getString("narrative")).startsWith("Attended every session");
        assertThat(achievement.getJsonArray("alignment").getJsonObject(0).getString("targetUrl"))
                .isEqualTo("http://data.europa.eu/esco/occupation/0d4a5b36-example");
        assertThat(achievement.getJsonNumber("creditsAvailable").bigDecimalValue()).isEqualByComparingTo("7.5");
        assertThat(json.getJsonObject("issuer").getString("id")).isEqualTo("https://esp.example.se/api/issuer");
        assertThat(json.getString("validFrom")).isEqualTo("2027-02-15T10:00:00Z");
        assertThat(json.getString("validUntil")).isEqualTo("2030-02-15T10:00:00Z");
        JsonObject identity = subject.getJsonArray("identifier").getJsonObject(0);
        assertThat(identity.getString("salt")).isEqualTo(credential.id().toString());
        // sha256 of the participant id followed by the salt, computed here without the class under test
        assertThat(identity.getString("identityHash")).isEqualTo("sha256$" + sha256Hex(
                credential.participant().toString() + credential.id()));
    }

    @Test
    void theSignatureVerifiesWithAnIndependentJoseLibrary() throws Exception {
        JsonObject json = OpenBadgeCredentials.credential(issued(null),
                new CredentialDefinitionVersion(1, terms(AlignmentKind.ESCO_SKILL, "2.5", null), ISSUED), OWNER, BASE,
                LanguageCode.SWEDISH);
        String jwt = new VcJwt(key).sign(json);

        JsonWebSignature jws = verifier(jwt);
        assertThat(jws.verifySignature()).isTrue();
        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("RS256");
        assertThat(jws.getHeader("typ")).isEqualTo("JWT");
        assertThat(jws.getKeyIdHeaderValue()).isEqualTo("esp-owner-1");
        JsonObject payload = Json.createReader(new StringReader(jws.getPayload())).readObject();
        assertThat(payload).isEqualTo(json);
        assertThat(errors(jws.getPayload())).isEmpty();
    }

    @Test
    void aTamperedCredentialFailsVerification() throws Exception {
        JsonObject json = OpenBadgeCredentials.credential(issued(null),
                new CredentialDefinitionVersion(1, terms(AlignmentKind.ESCO_SKILL, "2.5", null), ISSUED), OWNER, BASE,
                LanguageCode.SWEDISH);
        String jwt = new VcJwt(key).sign(json);
        String[] parts = jwt.split("\\.");
        String raised = Json.createObjectBuilder(json).add("credentialSubject", Json.createObjectBuilder(
                json.getJsonObject("credentialSubject")).add("creditsEarned", 200)).build().toString();
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(raised.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(verifier(tampered).verifySignature()).isFalse();
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("esp-owner-1").generate();
        assertThat(verifier(new VcJwt(stranger).sign(json)).verifySignature()).as("signed by another key").isFalse();
    }

    private static JsonWebSignature verifier(String jwt) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.RSA_USING_SHA256));
        jws.setCompactSerialization(jwt);
        jws.setKey(key.toRSAPublicKey());
        return jws;
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}

package se.esp.adapter.web.credential;

import static se.esp.adapter.common.json.JsonProviders.JSON;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import se.esp.domain.credential.Alignment;
import se.esp.domain.credential.AlignmentKind;
import se.esp.domain.credential.CredentialDefinitionVersion;
import se.esp.domain.credential.CredentialTerms;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.shared.LanguageCode;

/**
 * An issued credential as an Open Badges 3.0 {@code OpenBadgeCredential} (Verifiable Credentials Data Model 2.0):
 * the achievement with its criteria, alignments and credits, the owner as issuer, and the recipient identified by a
 * salted SHA-256 hash of the platform's participant id in an {@code IdentityObject} (identity type
 * {@code systemId}) — never a name or a personal identity number. The salt is the credential's own id, so the hash
 * differs between credentials of one person and cannot be joined across them without the platform.
 *
 * <p>The JSON also carries the JWT registered claims the VC-JWT proof format maps from it ({@code iss}, {@code jti},
 * {@code nbf}, {@code exp}); {@link VcJwt} signs it as it is. Its {@code credentialStatus} points to the issuer's
 * revocation list ({@code 1EdTechRevocationList}).</p>
 */
public final class OpenBadgeCredentials {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    /** The status method OB 3.0 names for revocation: a served list of the issuer's revoked credentials. */
    static final String REVOCATION_LIST = "1EdTechRevocationList";

    /** The issuer profile: the owner organisation, named by the URL its profile is served at. */
    public record Issuer(URI id, String name) {

        public Issuer {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    private OpenBadgeCredentials() {
    }

    /**
     * @param base     the platform's public API address, under which the achievement and credential are named
     * @param language the language of the names and texts, falling back to Swedish, then English
     */
    public static JsonObject credential(IssuedCredential credential, CredentialDefinitionVersion definition,
                                        Issuer issuer, URI base, LanguageCode language) {
        CredentialTerms terms = definition.terms();
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        String id = root + "credentials/" + credential.id();
        Instant validFrom = credential.issuedAt().truncatedTo(ChronoUnit.SECONDS);
        JsonObjectBuilder achievement = JSON.createObjectBuilder()
                .add("id", root + "credential-definitions/" + credential.definitionId() + "/versions/"
                        + credential.definitionVersion())
                .add("type", JSON.createArrayBuilder().add("Achievement"))
                .add("achievementType", "MicroCredential")
                .add("humanCode", credential.code())
                .add("name", terms.title().preferring(language))
                .add("description", terms.description().preferring(language))
                .add("criteria", JSON.createObjectBuilder().add("narrative", terms.criteria().preferring(language)))
                .add("alignment", alignments(terms))
                .add("inLanguage", language.value());
        if (terms.creditPoints().signum() > 0) {
            achievement.add("creditsAvailable", terms.creditPoints());
        }
        JsonObjectBuilder subject = JSON.createObjectBuilder()
                .add("type", JSON.createArrayBuilder().add("AchievementSubject"))
                .add("identifier", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("type", "IdentityObject")
                        .add("hashed", true)
                        .add("identityHash", identityHash(credential.participant().toString(),
                                credential.id().toString()))
                        .add("identityType", "systemId")
                        .add("salt", credential.id().toString())))
                .add("achievement", achievement);
        if (terms.creditPoints().signum() > 0) {
            subject.add("creditsEarned", terms.creditPoints());
        }
        JsonObjectBuilder vc = JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", id)
                .add("type", JSON.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", terms.title().preferring(language))
                .add("issuer", JSON.createObjectBuilder()
                        .add("id", issuer.id().toString())
                        .add("type", JSON.createArrayBuilder().add("Profile"))
                        .add("name", issuer.name()))
                .add("validFrom", validFrom.toString())
                .add("credentialSubject", subject)
                .add("credentialStatus", JSON.createObjectBuilder()
                        .add("id", root + CredentialIssuer.PUBLIC_PATH + "/revocations")
                        .add("type", REVOCATION_LIST))
                .add("iss", issuer.id().toString())
                .add("jti", id)
                .add("nbf", validFrom.getEpochSecond());
        credential.expiry().ifPresent(until -> {
            Instant end = until.truncatedTo(ChronoUnit.SECONDS);
            vc.add("validUntil", end.toString()).add("exp", end.getEpochSecond());
        });
        return vc.build();
    }

    private static JsonArrayBuilder alignments(CredentialTerms terms) {
        JsonArrayBuilder alignments = JSON.createArrayBuilder();
        for (Alignment a : terms.alignments()) {
            alignments.add(JSON.createObjectBuilder()
                    .add("type", JSON.createArrayBuilder().add("Alignment"))
                    .add("targetName", a.targetName())
                    .add("targetUrl", a.targetUrl())
                    .add("targetFramework", a.kind() == AlignmentKind.OCCUPATIONAL_PROFILE
                            ? "Occupational profile" : "ESCO")
                    .add("targetType", a.kind() == AlignmentKind.OCCUPATIONAL_PROFILE ? "ext:OccupationalProfileUnit"
                            : a.kind() == AlignmentKind.ESCO_SKILL ? "ceasn:Competency" : "ext:EscoOccupation"));
        }
        return alignments;
    }

    /** OB 3.0's IdentityHash: {@code sha256$} and the lower-case hex SHA-256 of the identifier followed by the salt. */
    static String identityHash(String identifier, String salt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((identifier + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

}

package se.esp.adapter.web.credential;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.adapter.web.json.Paging;
import se.esp.application.paging.Page;
import se.esp.domain.credential.Alignment;
import se.esp.domain.credential.AlignmentKind;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialDefinitionVersion;
import se.esp.domain.credential.CredentialTerms;
import se.esp.domain.credential.CredentialRevocation;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.packaging.LocalisedText;

/**
 * The micro-credential API's request and response models: what the JSON binding reads and writes and what the
 * OpenAPI document describes, from the same records.
 */
final class CredentialModels {

    static final int MAX_TEXT_LENGTH = 4_000;

    private CredentialModels() {
    }

    @Schema(name = "CredentialAlignment", description = "What the credential counts towards: an ESCO concept or a "
            + "unit of an occupational profile", additionalProperties = Schema.False.class)
    record AlignmentModel(
            @Schema(required = true, example = "ESCO_OCCUPATION") AlignmentKind kind,
            @Schema(required = true, maxLength = 500, example = "http://data.europa.eu/esco/occupation/…",
                    description = "An absolute http(s) URI") String targetUrl,
            @Schema(required = true, minLength = 1, maxLength = Alignment.MAX_NAME_LENGTH,
                    example = "healthcare assistant") String targetName) {

        static AlignmentModel of(Alignment alignment) {
            return new AlignmentModel(alignment.kind(), alignment.targetUrl(), alignment.targetName());
        }
    }

    @Schema(name = "CredentialTerms", description = "One version's terms; title, description and criteria in Swedish "
            + "and English at least", additionalProperties = Schema.False.class)
    record TermsRequest(
            @Schema(required = true, description = "By language code", example = "{\"sv\": \"Basal omvårdnad\", "
                    + "\"en\": \"Basic care\"}") Map<String, String> title,
            @Schema(required = true, description = "By language code") Map<String, String> description,
            @Schema(required = true, description = "What completing means, by language code")
            Map<String, String> criteria,
            @Schema(required = true, minItems = 1, maxItems = CredentialTerms.MAX_ALIGNMENTS)
            List<AlignmentModel> alignments,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "7.5", minimum = "0", maximum = "1000",
                    description = "Credit value in the owner's unit (e.g. yrkeshögskolepoäng), at most one decimal; "
                            + "0 when left out") BigDecimal creditPoints,
            @Schema(nullable = true, minimum = "1", maximum = "600", example = "36",
                    description = "Months an issued credential is valid; left out or null when it does not expire")
            Integer validityMonths) {

    }

    @Schema(name = "CredentialTermsView", description = "One version's terms as stored: every component written, "
            + "validityMonths null when an issued credential does not expire", additionalProperties = Schema.False.class)
    record TermsView(
            @Schema(required = true, description = "By language code", example = "{\"sv\": \"Basal omvårdnad\", "
                    + "\"en\": \"Basic care\"}") Map<String, String> title,
            @Schema(required = true, description = "By language code") Map<String, String> description,
            @Schema(required = true, description = "What completing means, by language code")
            Map<String, String> criteria,
            @Schema(required = true) List<AlignmentModel> alignments,
            @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "7.5",
                    description = "Credit value in the owner's unit (e.g. yrkeshögskolepoäng); 0 when none")
            BigDecimal creditPoints,
            @Schema(required = true, nullable = true, example = "36",
                    description = "Months an issued credential is valid; null when it does not expire")
            Integer validityMonths) {

        static TermsView of(CredentialTerms terms) {
            return new TermsView(texts(terms.title()), texts(terms.description()), texts(terms.criteria()),
                    terms.alignments().stream().map(AlignmentModel::of).toList(), terms.creditPoints(),
                    terms.validityMonths());
        }
    }

    @Schema(name = "DefineCredential", description = "A new micro-credential definition",
            additionalProperties = Schema.False.class)
    record DefineRequest(
            @Schema(required = true, pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{1,59}$", example = "VO-OMV-01",
                    description = "The code packagings name it by; never changes") String code,
            @Schema(required = true) TermsRequest terms) {
    }

    @Schema(name = "ReviseCredential", description = "New terms, published as the definition's next version",
            additionalProperties = Schema.False.class)
    record ReviseRequest(@Schema(required = true) TermsRequest terms) {
    }

    @Schema(name = "CredentialDefinitionVersion", additionalProperties = Schema.False.class)
    record VersionView(
            @Schema(required = true, example = "1") int number,
            @Schema(required = true, format = "date-time") String publishedAt,
            @Schema(required = true) TermsView terms) {

        static VersionView of(CredentialDefinitionVersion version) {
            return new VersionView(version.number(), version.publishedAt().toString(), TermsView.of(version.terms()));
        }
    }

    @Schema(name = "CredentialDefinition", description = "A micro-credential the owner defined, with every version",
            additionalProperties = Schema.False.class)
    record DefinitionView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, example = "VO-OMV-01") String code,
            @Schema(required = true, description = "The current version's number") int currentVersion,
            @Schema(required = true, description = "Oldest first; the last is current") List<VersionView> versions,
            @Schema(required = true, description = "The stored version; also the ETag, sent back in If-Match",
                    example = "1") long version) {

        static DefinitionView of(CredentialDefinition definition) {
            return new DefinitionView(definition.id().toString(), definition.code().code(),
                    definition.current().number(), definition.versions().stream().map(VersionView::of).toList(),
                    definition.version());
        }
    }

    @Schema(name = "CredentialDefinitionPage", additionalProperties = Schema.False.class)
    record DefinitionPage(
            @Schema(required = true) List<DefinitionView> items,
            @Schema(required = true, description = "The page number, from 0") int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems,
            @Schema(required = true) int totalPages) {

        static DefinitionPage of(Page<CredentialDefinition> page) {
            return Paging.envelope(page, DefinitionView::of, DefinitionPage::new);
        }
    }

    @Schema(name = "IssuedCredential", description = "A credential a participant earned by completing a delivery; "
            + "the holder is named by participant id only", additionalProperties = Schema.False.class)
    record CredentialView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, format = "uuid") String definitionId,
            @Schema(required = true, example = "VO-OMV-01") String code,
            @Schema(required = true, description = "The definition version it was issued under") int definitionVersion,
            @Schema(required = true, format = "uuid") String participantId,
            @Schema(required = true, format = "uuid") String deliveryId,
            @Schema(required = true, format = "uuid", description = "The delivering supplier") String supplierId,
            @Schema(required = true, format = "uuid", description = "The consumer organisation that applied")
            String consumerId,
            @Schema(required = true, format = "date-time") String issuedAt,
            @Schema(required = true, nullable = true, format = "date-time", description = "Null: does not expire")
            String validUntil) {

        static CredentialView of(IssuedCredential c) {
            return new CredentialView(c.id().toString(), c.definitionId().toString(), c.code(),
                    c.definitionVersion(), c.participant().toString(), c.delivery().toString(),
                    c.supplier().toString(), c.consumer().toString(), c.issuedAt().toString(),
                    c.expiry().map(Object::toString).orElse(null));
        }
    }

    @Schema(name = "IssuedCredentialPage", additionalProperties = Schema.False.class)
    record CredentialPage(
            @Schema(required = true) List<CredentialView> items,
            @Schema(required = true, description = "The page number, from 0") int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems,
            @Schema(required = true) int totalPages) {

        static CredentialPage of(Page<IssuedCredential> page) {
            return Paging.envelope(page, CredentialView::of, CredentialPage::new);
        }
    }

    @Schema(name = "VerifyCredential", description = "A credential to verify", additionalProperties = Schema.False.class)
    record VerifyRequest(
            @Schema(required = true, description = "The credential as exported: a VC-JWT (compact JWS)")
            String credential) {
    }

    @Schema(name = "CredentialVerification", description = "What verifying a credential found",
            additionalProperties = Schema.False.class)
    record VerificationView(
            @Schema(required = true, description = "VALID: signed by the owner, unchanged, in force; TAMPERED: the "
                    + "signature does not match the content; UNKNOWN_ISSUER_KEY: signed by no key the owner "
                    + "published; REVOKED: authentic but revoked by the issuer; EXPIRED: past its validity; "
                    + "MALFORMED: not a VC-JWT credential")
            CredentialVerifier.Outcome result,
            @Schema(required = true, nullable = true, description = "The credential's id, if it could be read")
            String credentialId,
            @Schema(required = true, nullable = true, description = "The key id the signature names")
            String keyId,
            @Schema(required = true, nullable = true, description = "Why it was revoked (REVOKED only)")
            String revocationReason) {

        static VerificationView of(CredentialVerifier.Verification v) {
            return new VerificationView(v.outcome(), v.credentialId(), v.keyId(), v.revocationReason());
        }
    }

    @Schema(name = "RevokeCredential", description = "Why the credential is revoked; published to its verifiers, so "
            + "it must name no person", additionalProperties = Schema.False.class)
    record RevokeRequest(@Schema(required = true, maxLength = 500) String reason) {
    }

    @Schema(name = "CredentialRevocation", additionalProperties = Schema.False.class)
    record RevocationView(
            @Schema(required = true, format = "uuid") String credentialId,
            @Schema(required = true) String reason,
            @Schema(required = true, format = "date-time") String revokedAt) {

        static RevocationView of(CredentialRevocation r) {
            return new RevocationView(r.credential().toString(), r.reason(), r.revokedAt().toString());
        }
    }

    private static Map<String, String> texts(LocalisedText text) {
        Map<String, String> texts = new TreeMap<>();
        text.texts().forEach((language, value) -> texts.put(language.value(), value));
        return texts;
    }
}

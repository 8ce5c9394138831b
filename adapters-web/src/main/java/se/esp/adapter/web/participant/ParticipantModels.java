package se.esp.adapter.web.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.adapter.common.participant.PersonalData;
import se.esp.application.port.in.participant.ParticipantExport;
import se.esp.application.port.out.ParticipantCredentials;
import se.esp.application.port.out.PersonalDataAccess;
import se.esp.domain.participant.Contact;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantDetails;

/**
 * The participant API's request and response models: what the JSON binding reads and writes and what the OpenAPI
 * document describes, from the same records. The personal data fields are read as on every channel (adapters-common
 * {@code participant/PersonalData}), so a participant registered here and one applied for are refused alike.
 */
final class ParticipantModels {

    /** Ages are counted in Swedish time: a birthday starts at midnight in Sweden. */
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private ParticipantModels() {
    }

    @Schema(name = "RegisterParticipant", description = "A participant of the caller's organisation",
            additionalProperties = Schema.False.class)
    record RegisterRequest(
            @Schema(required = true, minLength = 1, maxLength = PersonalData.NAME_MAX_LENGTH, example = "Amina Yusuf",
                    description = PersonalData.NAME)
            String name,
            @Schema(maxLength = PersonalData.IDENTITY_NUMBER_MAX_LENGTH, example = "19811218-9876",
                    description = PersonalData.IDENTITY_NUMBER)
            String personalIdentityNumber,
            @Schema(required = true, maxLength = PersonalData.LANGUAGE_MAX_LENGTH, example = "ar",
                    description = PersonalData.PREFERRED_LANGUAGE)
            String preferredLanguage,
            @Schema(maxLength = PersonalData.EMAIL_MAX_LENGTH, format = "email", example = "amina.yusuf@example.se",
                    description = PersonalData.EMAIL)
            String email,
            @Schema(maxLength = PersonalData.PHONE_MAX_LENGTH, example = "+46 70 123 45 67",
                    description = PersonalData.PHONE)
            String phone,
            @Schema(defaultValue = "false", description = "Whether the offering's application form asks for the "
                    + "personal identity number: then it is required and kept, otherwise refused (storing the "
                    + "minimum)")
            Boolean formRequiresIdentityNumber) implements PersonalData {
    }

    @Schema(name = "ChangeParticipant", description = "A participant's corrected personal data; what GET answered "
            + "may be sent back (id, version, consumerOrganisationId, anonymised, age, registeredAt and completedAt "
            + "are ignored). An identity number can be kept or removed, not added",
            additionalProperties = Schema.False.class)
    record ChangeRequest(
            @Schema(required = true, minLength = 1, maxLength = PersonalData.NAME_MAX_LENGTH, example = "Amina Yusuf",
                    description = PersonalData.NAME)
            String name,
            @Schema(maxLength = PersonalData.IDENTITY_NUMBER_MAX_LENGTH, example = "19811218-9876",
                    description = PersonalData.IDENTITY_NUMBER)
            String personalIdentityNumber,
            @Schema(required = true, maxLength = PersonalData.LANGUAGE_MAX_LENGTH, example = "ar",
                    description = PersonalData.PREFERRED_LANGUAGE)
            String preferredLanguage,
            @Schema(maxLength = PersonalData.EMAIL_MAX_LENGTH, format = "email", example = "amina.yusuf@example.se",
                    description = PersonalData.EMAIL)
            String email,
            @Schema(maxLength = PersonalData.PHONE_MAX_LENGTH, example = "+46 70 123 45 67",
                    description = PersonalData.PHONE)
            String phone) implements PersonalData {

        /** What a GET answered that a client may send back unchanged. */
        static final String[] READ_ONLY = {"id", "version", "consumerOrganisationId", "registeredAt", "completedAt",
            "age", "anonymised"};
    }

    @Schema(name = "Participant", description = "A resident applied for; personal data, every read audit-logged. "
            + "Once anonymised, only ids and times are left: the personal data fields are null",
            additionalProperties = Schema.False.class)
    record ParticipantView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, format = "uuid", description = "The organisation that applied for the "
                    + "participant and answers for the personal data")
            String consumerOrganisationId,
            @Schema(required = true, description = "Whether the personal data was erased (after the retention)")
            boolean anonymised,
            @Schema(required = true, nullable = true, example = "Amina Yusuf") String name,
            @Schema(required = true, nullable = true, example = "ar", description = PersonalData.PREFERRED_LANGUAGE)
            String preferredLanguage,
            @Schema(required = true, nullable = true, example = "19811218-9876",
                    description = "YYYYMMDD-NNNN; kept only where the offering's form asked for it")
            String personalIdentityNumber,
            @Schema(required = true, nullable = true, minimum = "0", example = "44",
                    description = "Whole years today (Swedish time), known only with the identity number")
            Integer age,
            @Schema(required = true, nullable = true, format = "email", example = "amina.yusuf@example.se")
            String email,
            @Schema(required = true, nullable = true, example = "+46 70 123 45 67") String phone,
            @Schema(required = true, format = "date-time", example = "2026-11-23T09:00:00Z") Instant registeredAt,
            @Schema(required = true, nullable = true, format = "date-time",
                    description = "When the participant's last delivery completed; the retention counts from it")
            Instant completedAt,
            @Schema(required = true, example = "1",
                    description = "The version; also the ETag, sent back in If-Match to change it")
            long version) {

        static ParticipantView of(Participant participant, Clock clock) {
            ParticipantDetails details = participant.detailsIfAny().orElse(null);
            Contact contact = details == null ? null : details.contactIfAny().orElse(null);
            return new ParticipantView(participant.id().toString(), participant.consumer().toString(),
                    details == null,
                    details == null ? null : details.name().value(),
                    details == null ? null : details.preferredLanguage().code(),
                    details == null ? null : details.identityNumberIfAny().map(n -> n.formatted()).orElse(null),
                    details == null ? null : participant.ageOn(LocalDate.now(clock.withZone(SWEDEN))).orElse(null),
                    contact == null ? null : contact.email(),
                    contact == null ? null : contact.phone(),
                    participant.registeredAt(), participant.completedAt().orElse(null), participant.version());
        }
    }

    @Schema(name = "ParticipantExport", description = "Everything held about a participant and who accessed it",
            additionalProperties = Schema.False.class)
    record ParticipantExportView(
            @Schema(required = true, format = "date-time") Instant exportedAt,
            @Schema(required = true) ParticipantView participant,
            @Schema(required = true, description = "Every read and change of the personal data, refused attempts too")
            List<PersonalDataAccessView> accessLog,
            @Schema(required = true, description = "The micro-credentials issued to the participant, newest first; "
                    + "they hold no personal data and outlive the retention period")
            List<ExportedCredentialView> credentials) {

        static ParticipantExportView of(ParticipantExport export, Clock clock) {
            return new ParticipantExportView(clock.instant(), ParticipantView.of(export.participant(), clock),
                    export.accesses().stream().map(PersonalDataAccessView::of).toList(),
                    export.credentials().stream().map(ExportedCredentialView::of).toList());
        }
    }

    @Schema(name = "ParticipantCredential", description = "A micro-credential issued to the participant, and its "
            + "revocation if it was revoked", additionalProperties = Schema.False.class)
    record ExportedCredentialView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, format = "uuid") String definitionId,
            @Schema(required = true, example = "VO-OMV-01", description = "The definition's code") String code,
            @Schema(required = true, example = "1", description = "The definition version it was issued under")
            int definitionVersion,
            @Schema(required = true, format = "uuid", description = "The delivery it was earned in") String deliveryId,
            @Schema(required = true, format = "uuid", description = "The supplier that delivered") String supplierId,
            @Schema(required = true, format = "date-time") Instant issuedAt,
            @Schema(required = true, nullable = true, format = "date-time", description = "null if valid for ever")
            Instant validUntil,
            @Schema(required = true) boolean revoked,
            @Schema(required = true, nullable = true, format = "date-time") Instant revokedAt,
            @Schema(required = true, nullable = true, example = "Issued by mistake") String revocationReason) {

        static ExportedCredentialView of(ParticipantCredentials.Held held) {
            var credential = held.credential();
            var revocation = held.revocationIfAny();
            return new ExportedCredentialView(credential.id().toString(), credential.definitionId().toString(),
                    credential.code(), credential.definitionVersion(), credential.delivery().toString(),
                    credential.supplier().toString(), credential.issuedAt(), credential.validUntil(),
                    revocation.isPresent(), revocation.map(r -> r.revokedAt()).orElse(null),
                    revocation.map(r -> r.reason()).orElse(null));
        }
    }

    @Schema(name = "PersonalDataAccess", description = "One line of the personal-data audit log: ids only",
            additionalProperties = Schema.False.class)
    record PersonalDataAccessView(
            @Schema(required = true, format = "date-time") Instant at,
            @Schema(required = true, example = "olofstrom-handlaggare", description = "The user (the token's subject)")
            String userId,
            @Schema(required = true, nullable = true, format = "uuid",
                    description = "The user's organisation; null for platform-level users")
            String userOrganisationId,
            @Schema(required = true, example = "get-participant", description = "The use case that accessed it")
            String useCase,
            @Schema(required = true) PersonalDataAccess.Kind kind,
            @Schema(required = true) PersonalDataAccess.Outcome outcome) {

        static PersonalDataAccessView of(PersonalDataAccess access) {
            return new PersonalDataAccessView(access.at(), access.userId(),
                    access.userOrganisation() == null ? null : access.userOrganisation().toString(),
                    access.useCase(), access.kind(), access.outcome());
        }
    }
}

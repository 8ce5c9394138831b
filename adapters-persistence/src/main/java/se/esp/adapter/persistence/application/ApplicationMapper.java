package se.esp.adapter.persistence.application;

import static se.esp.adapter.persistence.storage.JsonDocuments.JSON;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import se.esp.adapter.persistence.participant.PersonalDataCipher;
import se.esp.domain.application.Answers;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationParticipant;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * Between {@link Application} and its row; the participants as a JSON document written field by field and encrypted
 * whole, with the application's id as associated data.
 */
final class ApplicationMapper {

    private final PersonalDataCipher cipher;

    ApplicationMapper(PersonalDataCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    ApplicationJpaEntity newRow(Application application) {
        ApplicationJpaEntity row = new ApplicationJpaEntity();
        row.id = application.id().toString();
        row.consumerId = application.consumer().toString();
        row.submittedBy = application.submittedBy();
        row.idempotencyKey = application.idempotencyKey().map(IdempotencyKey::value).orElse(null);
        row.offeringId = application.offering().toString();
        row.offeringVersionId = application.offeringVersion().toString();
        row.supplierId = application.supplier().toString();
        copyParticipants(application, row);
        row.participantCount = application.participants().size();
        row.language = application.language().value();
        row.earliestStart = application.earliestStart();
        row.urgent = application.urgent();
        row.receivedAt = application.receivedAt();
        copyChangeableFields(application, row);
        return row;
    }

    /**
     * Encrypts the document again only when it changed (a participant's answers erased): a fresh nonce makes every
     * encryption differ, and a status change should not rewrite the document.
     */
    void copyParticipants(Application application, ApplicationJpaEntity row) {
        if (row.participantsEncrypted != null && application.participants().equals(participantsOf(row))) {
            return;
        }
        String document = participants(application.participants());
        if (row.participantsEncrypted == null || !document.equals(document(row))) {
            row.participantsEncrypted = cipher.encrypt(document, row.id);
            row.participantsDocument = document;
            row.participantsDocumentOf = row.participantsEncrypted;
            row.participantsRead = List.copyOf(application.participants());
        }
    }

    /** The row's participants document in plain text, decrypted once per ciphertext the row holds. */
    private String document(ApplicationJpaEntity row) {
        if (row.participantsDocumentOf != row.participantsEncrypted) {
            row.participantsDocument = cipher.decrypt(row.participantsEncrypted, row.id);
            row.participantsDocumentOf = row.participantsEncrypted;
            row.participantsRead = null;
        }
        return row.participantsDocument;
    }

    /** The row's participants, read from its document once per ciphertext the row holds. */
    private List<ApplicationParticipant> participantsOf(ApplicationJpaEntity row) {
        String document = document(row);
        if (row.participantsRead == null) {
            row.participantsRead = participants(document);
        }
        return row.participantsRead;
    }

    static void copyChangeableFields(Application application, ApplicationJpaEntity row) {
        row.status = application.status();
        row.waitReason = application.waitReason().orElse(null);
        row.explanation = application.explanation().orElse(null);
        row.deliveryId = application.delivery().map(DeliveryId::toString).orElse(null);
        row.decidedAt = application.decidedAt().orElse(null);
    }

    Application toDomain(ApplicationJpaEntity row) {
        return Application.reconstitute(new ApplicationId(UUID.fromString(row.id)),
                new OrganisationId(UUID.fromString(row.consumerId)), row.submittedBy,
                row.idempotencyKey == null ? null : new IdempotencyKey(row.idempotencyKey),
                new OfferingId(UUID.fromString(row.offeringId)),
                new OfferingVersionId(UUID.fromString(row.offeringVersionId)),
                new OrganisationId(UUID.fromString(row.supplierId)),
                participantsOf(row),
                new LanguageCode(row.language), row.earliestStart, row.urgent, row.receivedAt, row.status,
                row.waitReason, row.explanation,
                row.deliveryId == null ? null : new DeliveryId(UUID.fromString(row.deliveryId)), row.decidedAt,
                row.version);
    }

    static String participants(List<ApplicationParticipant> participants) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (ApplicationParticipant participant : participants) {
            JsonArrayBuilder groups = JSON.createArrayBuilder();
            participant.targetGroups().stream().map(Enum::name).sorted().forEach(groups::add);
            JsonObjectBuilder answers = JSON.createObjectBuilder();
            participant.answers().values().forEach(answers::add);
            array.add(JSON.createObjectBuilder().add("participantId", participant.participant().toString())
                    .add("targetGroups", groups).add("answers", answers));
        }
        return array.build().toString();
    }

    static List<ApplicationParticipant> participants(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            List<ApplicationParticipant> result = new ArrayList<>();
            for (JsonObject item : reader.readArray().getValuesAs(JsonObject.class)) {
                Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
                item.getJsonArray("targetGroups").getValuesAs(JsonString.class)
                        .forEach(g -> groups.add(TargetGroup.valueOf(g.getString())));
                Map<String, String> answers = new LinkedHashMap<>();
                item.getJsonObject("answers").forEach((key, value) -> answers.put(key, ((JsonString) value)
                        .getString()));
                result.add(new ApplicationParticipant(new ParticipantId(UUID.fromString(
                        item.getString("participantId"))), groups, new Answers(answers)));
            }
            return result;
        }
    }
}

package se.esp.adapter.persistence.participant;

import static se.esp.adapter.persistence.storage.JsonDocuments.JSON;

import java.io.StringReader;
import java.util.Objects;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.Contact;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PersonalIdentityNumber;
import se.esp.domain.participant.PreferredLanguage;

/** Translates between the aggregate and its row, encrypting and decrypting the protected columns. */
final class ParticipantMapper {

    private final PersonalDataCipher cipher;

    ParticipantMapper(PersonalDataCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    Participant toDomain(ParticipantJpaEntity row) {
        ParticipantDetails details = null;
        if (row.anonymisedAt == null) {
            String number = cipher.decrypt(row.identityNumberEncrypted, row.id);
            details = new ParticipantDetails(new ParticipantName(cipher.decrypt(row.nameEncrypted, row.id)),
                    number == null ? null : new PersonalIdentityNumber(number),
                    new PreferredLanguage(row.preferredLanguage), contact(cipher.decrypt(row.contactEncrypted, row.id)));
        }
        return Participant.reconstitute(new ParticipantId(UUID.fromString(row.id)),
                new OrganisationId(UUID.fromString(row.consumerOrganisationId)), details, row.registeredAt,
                row.completedAt, row.anonymisedAt, row.version);
    }

    ParticipantJpaEntity newRow(Participant participant) {
        ParticipantJpaEntity row = new ParticipantJpaEntity();
        row.id = participant.id().toString();
        row.consumerOrganisationId = participant.consumer().toString();
        row.registeredAt = participant.registeredAt();
        copyChangeableFields(participant, row);
        return row;
    }

    void copyChangeableFields(Participant participant, ParticipantJpaEntity row) {
        ParticipantDetails details = participant.detailsIfAny().orElse(null);
        row.nameEncrypted = details == null ? null : cipher.encrypt(details.name().value(), row.id);
        row.identityNumberEncrypted = details == null ? null : details.identityNumberIfAny()
                .map(n -> cipher.encrypt(n.value(), row.id)).orElse(null);
        row.preferredLanguage = details == null ? null : details.preferredLanguage().code();
        row.contactEncrypted = details == null ? null : details.contactIfAny()
                .map(c -> cipher.encrypt(json(c), row.id)).orElse(null);
        row.completedAt = participant.completedAt().orElse(null);
        row.anonymisedAt = participant.anonymisedAt().orElse(null);
    }

    private static String json(Contact contact) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (contact.email() != null) {
            json.add("email", contact.email());
        }
        if (contact.phone() != null) {
            json.add("phone", contact.phone());
        }
        return json.build().toString();
    }

    private static Contact contact(String json) {
        if (json == null) {
            return null;
        }
        JsonObject object = JSON.createReader(new StringReader(json)).readObject();
        return new Contact(object.getString("email", null), object.getString("phone", null));
    }
}

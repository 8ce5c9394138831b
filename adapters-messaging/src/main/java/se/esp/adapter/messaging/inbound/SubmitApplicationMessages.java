package se.esp.adapter.messaging.inbound;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import se.esp.application.port.in.application.ApplicantEntry;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.application.RawAnswer;
import se.esp.domain.offering.OfferingVersionId;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.participant.Contact;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PersonalIdentityNumber;
import se.esp.domain.participant.PreferredLanguage;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;
import se.esp.domain.shared.ViolationCode;

/**
 * Reads the body of a message on the inbound applications queue: the same JSON as {@code POST /api/applications}
 * (schema {@code schemas/commands/SubmitApplication.v1.json}), with the same field names and violations as the
 * REST API's reader, into the command of the one use case every channel uses.
 */
public final class SubmitApplicationMessages {

    private SubmitApplicationMessages() {
    }

    /**
     * @param idempotencyKey the message's key ({@code null}: none)
     * @throws MalformedMessageException if the body is not one JSON object
     * @throws ValidationException       naming every field that is missing, of the wrong type or unknown
     */
    public static SubmitApplicationCommand read(String body, String idempotencyKey) {
        JsonMessage message = JsonMessage.parse(body);
        String versionText = message.requiredString("offeringVersionId");
        OfferingVersionId version = versionText == null ? null
                : message.check("offeringVersionId", () -> OfferingVersionId.parse(versionText));
        String languageText = message.requiredString("language");
        LanguageCode language = languageText == null ? null
                : message.check("language", () -> LanguageCode.of(languageText));
        LocalDate earliestStart = date(message, "earliestStart");
        boolean urgent = Boolean.TRUE.equals(message.optionalBoolean("urgent"));
        List<ApplicantEntry> participants = new ArrayList<>();
        boolean complete = true;
        for (JsonMessage item : message.objectList("participants")) {
            ParticipantDetails details = details(item);
            Set<TargetGroup> groups = item.enumSet("targetGroups", TargetGroup.class);
            Map<String, RawAnswer> answers = answers(item);
            if (details == null) {
                complete = false;
            } else {
                participants.add(new ApplicantEntry(details, groups, answers));
            }
        }
        IdempotencyKey key = idempotencyKey == null || idempotencyKey.isBlank() ? null
                : message.check(IdempotencyKey.FIELD, () -> new IdempotencyKey(idempotencyKey.strip()));
        message.throwIfInvalid();
        if (!complete) {
            throw new IllegalStateException("a participant without details passed validation");
        }
        return new SubmitApplicationCommand(version, language, earliestStart, urgent, participants, key);
    }

    private static ParticipantDetails details(JsonMessage item) {
        String nameText = item.requiredString("name");
        ParticipantName name = nameText == null ? null : item.check("name", () -> new ParticipantName(nameText));
        String numberText = item.optionalString("personalIdentityNumber");
        PersonalIdentityNumber number = numberText == null ? null
                : item.check("personalIdentityNumber", () -> PersonalIdentityNumber.parse(numberText));
        String languageText = item.requiredString("preferredLanguage");
        PreferredLanguage language = languageText == null ? null
                : item.check("preferredLanguage", () -> new PreferredLanguage(languageText));
        String email = item.optionalString("email");
        String phone = item.optionalString("phone");
        Contact contact = null;
        if (email != null || phone != null) {
            try {
                contact = new Contact(email, phone);
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    item.violations().add(v.field().replace("contact.", ""), v.code(), v.message());
                }
            }
        }
        if (name == null || language == null || item.violations().concerns("personalIdentityNumber")
                || item.violations().concerns("email") || item.violations().concerns("phone")) {
            return null;
        }
        return new ParticipantDetails(name, number, language, contact);
    }

    private static Map<String, RawAnswer> answers(JsonMessage item) {
        Map<String, RawAnswer> answers = new LinkedHashMap<>();
        item.rawObject("answers").forEach((key, value) -> {
            if (value.getValueType() != JsonValue.ValueType.NULL) {
                answers.put(key, raw(value));
            }
        });
        return answers;
    }

    private static RawAnswer raw(JsonValue value) {
        if (value instanceof JsonString text) {
            return RawAnswer.text(text.getString());
        }
        if (value instanceof JsonNumber number) {
            return RawAnswer.number(number.bigDecimalValue().toPlainString());
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return RawAnswer.bool(value.getValueType() == JsonValue.ValueType.TRUE);
        }
        return new RawAnswer(RawAnswer.Kind.OTHER, value.toString());
    }

    private static LocalDate date(JsonMessage message, String field) {
        String text = message.requiredString(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            message.violations().add(field, ViolationCode.INVALID_FORMAT, "must be a date such as 2026-12-07");
            return null;
        }
    }
}

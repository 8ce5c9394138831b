package se.esp.adapter.web.application;

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
import se.esp.adapter.web.json.JsonRequest;
import se.esp.adapter.web.participant.ParticipantRequests;
import se.esp.application.port.in.application.ApplicantEntry;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.application.RawAnswer;
import se.esp.domain.offering.OfferingVersionId;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * Reads a submission: the exact offering version, the delivery language, the earliest start, urgency and each
 * participant with their personal data, target groups and answers. Answers are passed on as what the JSON said
 * (text, number, true/false) for the use case to check against the version's form.
 */
final class ApplicationRequests {

    private ApplicationRequests() {
    }

    static SubmitApplicationCommand submission(String body, String idempotencyKey) {
        JsonRequest request = JsonRequest.parse(body);
        String versionText = request.requiredString("offeringVersionId");
        OfferingVersionId version = versionText == null ? null
                : request.check("offeringVersionId", () -> OfferingVersionId.parse(versionText));
        String languageText = request.requiredString("language");
        LanguageCode language = languageText == null ? null
                : request.check("language", () -> LanguageCode.of(languageText));
        LocalDate earliestStart = date(request, "earliestStart");
        boolean urgent = Boolean.TRUE.equals(request.optionalBoolean("urgent"));
        List<ApplicantEntry> participants = new ArrayList<>();
        List<JsonRequest> items = request.objectList("participants");
        boolean complete = true;
        for (JsonRequest item : items) {
            ParticipantDetails details = ParticipantRequests.details(item);
            Set<TargetGroup> groups = item.enumSet("targetGroups", TargetGroup.class);
            Map<String, RawAnswer> answers = answers(item);
            if (details == null) {
                complete = false;
            } else {
                participants.add(new ApplicantEntry(details, groups, answers));
            }
        }
        IdempotencyKey key = idempotencyKey == null || idempotencyKey.isBlank() ? null
                : request.check(IdempotencyKey.FIELD, () -> new IdempotencyKey(idempotencyKey.strip()));
        request.throwIfInvalid();
        if (!complete) {
            throw new IllegalStateException("a participant without details passed validation");
        }
        return new SubmitApplicationCommand(version, language, earliestStart, urgent, participants, key);
    }

    private static Map<String, RawAnswer> answers(JsonRequest item) {
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

    private static LocalDate date(JsonRequest request, String field) {
        String text = request.requiredString(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            request.violations().add(field, ViolationCode.INVALID_FORMAT, "must be a date such as 2026-12-07");
            return null;
        }
    }

    /** An optional {@code reason} from an optional body. */
    static String reason(String body, boolean required) {
        if (body == null || body.isBlank()) {
            if (required) {
                throw ValidationException.of("reason", ViolationCode.REQUIRED, "is required");
            }
            return null;
        }
        JsonRequest request = JsonRequest.parse(body);
        String reason = required ? request.requiredString("reason") : request.optionalString("reason");
        request.throwIfInvalid();
        return reason;
    }
}

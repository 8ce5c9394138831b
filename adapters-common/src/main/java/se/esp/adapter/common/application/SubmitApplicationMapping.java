package se.esp.adapter.common.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import se.esp.adapter.common.json.BoundRequest;
import se.esp.adapter.common.json.JsonBinder;
import se.esp.adapter.common.json.MalformedJsonException;
import se.esp.adapter.common.participant.PersonalDataMapping;
import se.esp.application.port.in.application.ApplicantEntry;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.application.RawAnswer;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;
import se.esp.domain.shared.ValidationException;

/**
 * The one mapping from a submission, as every channel receives it, to the command of the one use case every channel
 * calls: the model's own rules are the binder's ({@link JsonBinder}), the domain's value objects are built here under
 * the paths the body names them by ({@code language}, {@code participants[1].personalIdentityNumber},
 * {@code idempotencyKey}), and every refusal is reported at once. Answers are passed on as what the JSON said (text,
 * number, true/false; {@code null} is no answer) for the use case to check against the version's form.
 */
public final class SubmitApplicationMapping {

    private static final String PARTICIPANTS = "participants";

    private SubmitApplicationMapping() {
    }

    /**
     * Reads a body and the idempotency key that came beside it.
     *
     * @param idempotencyKey {@code null} or blank: none
     * @throws MalformedJsonException if the body is not one JSON object within the strict parser's bounds
     * @throws ValidationException    naming every field that is missing, of the wrong type, unknown or invalid
     */
    public static SubmitApplicationCommand read(String body, String idempotencyKey) {
        return command(JsonBinder.bind(body, SubmitApplicationRequest.class), idempotencyKey);
    }

    /**
     * The command for a bound submission.
     *
     * @throws ValidationException naming every violation the binding found and every value the domain refused
     */
    public static SubmitApplicationCommand command(BoundRequest<SubmitApplicationRequest> request,
                                                   String idempotencyKey) {
        SubmitApplicationRequest sent = request.value();
        OfferingVersionId version = sent.offeringVersionId() == null ? null
                : new OfferingVersionId(sent.offeringVersionId());
        LanguageCode language = sent.language() == null ? null
                : request.check("language", () -> LanguageCode.of(sent.language()));
        boolean urgent = Boolean.TRUE.equals(sent.urgent());
        List<ApplicantEntry> participants = participants(request, sent.participants());
        IdempotencyKey key = idempotencyKey == null || idempotencyKey.isBlank() ? null
                : request.check(IdempotencyKey.FIELD, () -> new IdempotencyKey(idempotencyKey.strip()));
        request.throwIfInvalid();
        return new SubmitApplicationCommand(version, language, sent.earliestStart(), urgent, participants, key);
    }

    private static List<ApplicantEntry> participants(BoundRequest<?> request, List<ApplicantRequest> sent) {
        List<ApplicantEntry> participants = new ArrayList<>();
        if (sent == null || request.violations().size() >= JsonBinder.MAX_VIOLATIONS) {
            // beyond the binder's bound on violations an element may have been left out unnamed: no index is sure
            return participants;
        }
        // The binder leaves out an element it refused as a whole (null, not an object), naming it by its index;
        // skip those indexes so that every participant's refusals name the element the body has at that place.
        int index = 0;
        for (ApplicantRequest applicant : sent) {
            while (request.violations().concerns(PARTICIPANTS + "[" + index + "]")) {
                index++;
            }
            ParticipantDetails details = PersonalDataMapping.details(request, PARTICIPANTS + "[" + index + "]",
                    applicant);
            if (details != null) {
                participants.add(new ApplicantEntry(details, applicant.targetGroups(), answers(applicant.answers())));
            }
            index++;
        }
        if (participants.size() != sent.size() && request.isValidSoFar()) {
            throw new IllegalStateException("a participant without details passed validation");
        }
        return participants;
    }

    private static Map<String, RawAnswer> answers(Map<String, JsonValue> sent) {
        Map<String, RawAnswer> answers = new LinkedHashMap<>();
        if (sent != null) {
            sent.forEach((field, value) -> {
                if (value.getValueType() != JsonValue.ValueType.NULL) {
                    answers.put(field, raw(value));
                }
            });
        }
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
}

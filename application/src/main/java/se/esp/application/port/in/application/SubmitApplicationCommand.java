package se.esp.application.port.in.application;

import java.time.LocalDate;
import java.util.List;

import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * An application for participants to one exact offering version.
 *
 * @param idempotencyKey {@code null}: every submission is a new application; with a key, sending the same
 *                       application again returns the first one and creates nothing
 */
public record SubmitApplicationCommand(OfferingVersionId offeringVersion, LanguageCode language,
                                       LocalDate earliestStart, boolean urgent, List<ApplicantEntry> participants,
                                       IdempotencyKey idempotencyKey) {

    public SubmitApplicationCommand {
        Violations violations = new Violations();
        if (offeringVersion == null) {
            violations.add("offeringVersionId", ViolationCode.REQUIRED, "name the exact offering version");
        }
        if (language == null) {
            violations.add("language", ViolationCode.REQUIRED, "the delivery language is required");
        }
        if (earliestStart == null) {
            violations.add("earliestStart", ViolationCode.REQUIRED, "the earliest start is required");
        }
        violations.throwIfAny();
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}

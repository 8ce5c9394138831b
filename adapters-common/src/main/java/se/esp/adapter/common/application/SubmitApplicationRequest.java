package se.esp.adapter.common.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.domain.shared.GroupSize;

/**
 * An application for participants to one exact offering version: the body of {@code POST /api/applications} and of
 * a message on the inbound applications queue. The idempotency key is not part of the body: it travels beside it
 * (the {@code Idempotency-Key} header, the {@code idempotencyKey} message property).
 */
@Schema(name = "SubmitApplication", description = "An application for participants to one exact offering version. "
        + "What the model cannot say (the version's form, its eligibility rules and group size, that the earliest "
        + "start is not in the past) the use case checks, naming each field, e.g. participants[1].answers.level",
        additionalProperties = Schema.False.class)
public record SubmitApplicationRequest(
        @Schema(required = true, format = "uuid", example = "3b7e9a52-6c1d-4f0e-9a57-2d8c41f0b6e3",
                description = "The exact offering version applied to (the catalogue's versionId); it must be on offer")
        UUID offeringVersionId,
        @Schema(required = true, maxLength = 20, example = "ar",
                description = "The delivery language, an ISO 639-1 code the version is delivered in")
        String language,
        @Schema(required = true, format = "date", example = "2026-12-07",
                description = "The earliest day the participants can start; not before today")
        LocalDate earliestStart,
        @Schema(defaultValue = "false", description = "A fast start: matched before applications that are not urgent")
        Boolean urgent,
        @Schema(maxItems = GroupSize.MAXIMUM, description = "The participants applied for; at least one, and at "
                + "most the version's group size")
        List<ApplicantRequest> participants) {
}

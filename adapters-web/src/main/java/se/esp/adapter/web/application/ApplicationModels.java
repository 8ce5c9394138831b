package se.esp.adapter.web.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.adapter.web.json.Paging;
import se.esp.application.paging.Page;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationParticipant;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.packaging.TargetGroup;

/**
 * The application API's models besides the submission, which every channel shares (adapters-common
 * {@code application/SubmitApplicationRequest}): what the JSON binding reads and writes and what the OpenAPI
 * document describes, from the same records. The latest decision is under {@code match}: its outcome (the status),
 * the wait reason as a code, the explanation in plain language and the delivery it placed the application in.
 */
final class ApplicationModels {

    private ApplicationModels() {
    }

    @Schema(name = "CancelApplication", description = "Why the consumer withdraws the application; the body may be "
            + "left out", additionalProperties = Schema.False.class)
    record CancelRequest(
            @Schema(maxLength = Application.MAX_REASON_LENGTH, example = "Fick plats på den lokala SFI-kursen",
                    description = "Why, in words; without one the explanation says the consumer cancelled")
            String reason) {
    }

    @Schema(name = "RejectApplication", description = "Why the supplier finds the application not eligible",
            additionalProperties = Schema.False.class)
    record RejectRequest(
            @Schema(required = true, maxLength = Application.MAX_REASON_LENGTH,
                    example = "Deltagaren har redan gymnasieexamen; insatsen är för den som saknar den",
                    description = "Why, in words; shown to the applying consumer as the explanation")
            String reason) {
    }

    @Schema(name = "Application", description = "An application for participants to one exact offering version, "
            + "with matching's latest decision", additionalProperties = Schema.False.class)
    record ApplicationView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, format = "uuid", description = "The applying organisation")
            String consumerOrganisationId,
            @Schema(required = true, format = "uuid", description = "The organisation offering the service")
            String supplierOrganisationId,
            @Schema(required = true, format = "uuid") String offeringId,
            @Schema(required = true, format = "uuid", description = "The exact offering version applied to")
            String offeringVersionId,
            @Schema(required = true, example = "ar", description = "The delivery language, an ISO 639-1 code")
            String language,
            @Schema(required = true, format = "date", example = "2026-12-07") LocalDate earliestStart,
            @Schema(required = true, description = "A fast start: matched before applications that are not urgent")
            boolean urgent,
            @Schema(required = true, format = "date-time", example = "2026-11-23T09:00:00Z") Instant receivedAt,
            @Schema(required = true, example = "olofstrom-handlaggare",
                    description = "The user who submitted it (the token's subject)")
            String submittedBy,
            @Schema(required = true, nullable = true, maxLength = IdempotencyKey.MAX_LENGTH,
                    example = "olofstrom-2026-0042", description = "The key it was submitted with, if any")
            String idempotencyKey,
            @Schema(required = true) ApplicationStatus status,
            @Schema(required = true) List<ApplicationParticipantView> participants,
            @Schema(required = true) MatchView match,
            @Schema(required = true, example = "2",
                    description = "The version; also the ETag, sent back in If-Match to change it")
            long version) {

        static ApplicationView of(Application application) {
            return new ApplicationView(application.id().toString(), application.consumer().toString(),
                    application.supplier().toString(), application.offering().toString(),
                    application.offeringVersion().toString(), application.language().value(),
                    application.earliestStart(), application.urgent(), application.receivedAt(),
                    application.submittedBy(), application.idempotencyKey().map(IdempotencyKey::value).orElse(null),
                    application.status(),
                    application.participants().stream().map(ApplicationParticipantView::of).toList(),
                    MatchView.of(application), application.version());
        }
    }

    @Schema(name = "ApplicationParticipant", description = "A participant of an application: the registered "
            + "participant, the target groups stated and the answers to the form as stored",
            additionalProperties = Schema.False.class)
    record ApplicationParticipantView(
            @Schema(required = true, format = "uuid", description = "Read the personal data at /api/participants/{id}")
            String participantId,
            @Schema(required = true, description = "In alphabetical order") List<TargetGroup> targetGroups,
            @Schema(required = true, example = "{\"previousEducation\": \"Gymnasium\", \"yearsInSweden\": \"2\"}",
                    description = "The valid answers by form field, each as text")
            Map<String, String> answers) {

        static ApplicationParticipantView of(ApplicationParticipant participant) {
            return new ApplicationParticipantView(participant.participant().toString(),
                    participant.targetGroups().stream().sorted(Comparator.comparing(Enum::name)).toList(),
                    participant.answers().values());
        }
    }

    @Schema(name = "MatchDecision", description = "Matching's latest decision and why",
            additionalProperties = Schema.False.class)
    record MatchView(
            @Schema(required = true, description = "The outcome: the application's status") ApplicationStatus status,
            @Schema(required = true, nullable = true, example = "NO_ELIGIBLE_RESOURCE",
                    description = "Why it waits, as a code, while it is WAITLISTED")
            String waitReason,
            @Schema(required = true, nullable = true,
                    example = "Placed in a new Arabic delivery led by a study guide employed by Malmö stad.",
                    description = "The decision in plain language")
            String explanation,
            @Schema(required = true, nullable = true, format = "uuid",
                    description = "The delivery it was placed in") String deliveryId,
            @Schema(required = true, nullable = true, format = "date-time") Instant decidedAt) {

        static MatchView of(Application application) {
            return new MatchView(application.status(), application.waitReason().orElse(null),
                    application.explanation().orElse(null),
                    application.delivery().map(Object::toString).orElse(null),
                    application.decidedAt().orElse(null));
        }
    }

    @Schema(name = "ApplicationPage", description = "One page of applications, newest first",
            additionalProperties = Schema.False.class)
    record ApplicationPage(
            @Schema(required = true) List<ApplicationView> items,
            @Schema(required = true, description = "The page number, from 0") int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems,
            @Schema(required = true) int totalPages) {

        static ApplicationPage of(Page<Application> page) {
            return Paging.envelope(page, ApplicationView::of, ApplicationPage::new);
        }
    }
}

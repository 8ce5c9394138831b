package se.esp.adapter.web.delivery;

import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.adapter.web.json.Paging;
import se.esp.application.paging.Page;
import se.esp.domain.delivery.CostShare;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryStatus;
import se.esp.domain.delivery.ParticipationOutcome;
import se.esp.domain.delivery.ResourceAssignment;
import se.esp.domain.delivery.Seat;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.GroupSize;

/**
 * The delivery API's request and response models: what the JSON binding reads and writes and what the OpenAPI
 * document describes, from the same records. A delivery is shown as the caller may see it: every seat and share for
 * the supplier, the leading resource (no shares) and administrators; a consumer its own seats and share, and the
 * total. Amounts are decimal strings, so no client rounds money through a float.
 */
final class DeliveryModels {

    private DeliveryModels() {
    }

    @Schema(name = "DeliveryCompletion", description = "Every participant's outcome",
            additionalProperties = Schema.False.class)
    record CompletionRequest(
            @Schema(required = true, maxItems = GroupSize.MAXIMUM, description = "One outcome for every participant "
                    + "of the delivery, each participant once") List<OutcomeRequest> outcomes) {
    }

    @Schema(name = "ParticipantOutcome", description = "Whether one participant completed the delivery",
            additionalProperties = Schema.False.class)
    record OutcomeRequest(
            @Schema(required = true, format = "uuid") UUID participantId,
            @Schema(required = true, example = "COMPLETED") ParticipationOutcome outcome) {
    }

    @Schema(name = "DeliveryCancellation", description = "Why the delivery is cancelled",
            additionalProperties = Schema.False.class)
    record CancellationRequest(
            @Schema(required = true, minLength = 1, maxLength = Delivery.MAX_REASON_LENGTH,
                    example = "Studiehandledaren är sjuk och ingen ersättare finns") String reason) {
    }

    @Schema(name = "Delivery", description = "A run of an offering version with its resource and participants, "
            + "possibly of several consumer organisations, as the caller may see it",
            additionalProperties = Schema.False.class)
    record DeliveryView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, format = "uuid") String offeringVersionId,
            @Schema(required = true, format = "uuid") String supplierOrganisationId,
            @Schema(required = true, example = "Studievägledning online, arabiska") String title,
            @Schema(required = true, example = "ar", description = "ISO 639-1 code") String language,
            @Schema(required = true) ResourceView resource,
            @Schema(required = true, description = "When the sessions take place, weekly") List<SessionView> sessions,
            @Schema(required = true, format = "date", example = "2026-12-07") String startsOn,
            @Schema(required = true, format = "date", example = "2027-02-14") String lastDay,
            @Schema(required = true, example = "8") int maxParticipants,
            @Schema(required = true, example = "3", description = "Participants seated, of every consumer")
            int participants,
            @Schema(required = true, format = "decimal", example = "6500.00", description = "SEK")
            String pricePerParticipant,
            @Schema(required = true, format = "decimal", example = "19500.00",
                    description = "SEK, the whole delivery's") String price,
            @Schema(required = true) CostSplitRule costSplitRule,
            @Schema(required = true) DeliveryStatus status,
            @Schema(required = true, description = "The seats the caller may see") List<SeatView> seats,
            @Schema(required = true, description = "The shares of the price the caller may see")
            List<CostShareView> costShares,
            @Schema(required = true, nullable = true, format = "date-time") String startedAt,
            @Schema(required = true, nullable = true, format = "date-time") String completedAt,
            @Schema(required = true, nullable = true, format = "date-time") String cancelledAt,
            @Schema(required = true, nullable = true) String cancellationReason,
            @Schema(required = true, description = "The version; also the ETag, sent back in If-Match to change it",
                    example = "1") long version) {

        static DeliveryView of(se.esp.application.port.in.delivery.DeliveryView view) {
            Delivery delivery = view.delivery();
            return new DeliveryView(delivery.id().toString(), delivery.offeringVersion().toString(),
                    delivery.supplier().toString(), delivery.title(), delivery.language().value(),
                    ResourceView.of(delivery.resource()),
                    delivery.sessionSlots().stream().map(SessionView::of).toList(),
                    delivery.startsOn().toString(), delivery.lastDay().toString(), delivery.maxParticipants(),
                    delivery.seats().size(), delivery.pricePerParticipant().toPlainString(),
                    delivery.price().toPlainString(), delivery.costSplitRule(), delivery.status(),
                    view.seats().stream().map(SeatView::of).toList(),
                    view.costShares().stream().map(CostShareView::of).toList(),
                    delivery.startedAt().map(Object::toString).orElse(null),
                    delivery.completedAt().map(Object::toString).orElse(null),
                    delivery.cancelledAt().map(Object::toString).orElse(null),
                    delivery.cancellationReason().orElse(null), delivery.version());
        }
    }

    @Schema(name = "DeliveryResource", description = "The resource leading the delivery and the hours it is paid for",
            additionalProperties = Schema.False.class)
    record ResourceView(
            @Schema(required = true, format = "uuid") String resourceId,
            @Schema(required = true, example = "Amina Haddad") String displayName,
            @Schema(required = true, nullable = true, format = "uuid",
                    description = "The organisation paid for the hours; null when the resource is independent")
            String employerOrganisationId,
            @Schema(required = true, format = "decimal", example = "450.00", description = "SEK an hour")
            String hourlyRate,
            @Schema(required = true, format = "decimal", example = "10", description = "The delivery's hours")
            String hours) {

        static ResourceView of(ResourceAssignment resource) {
            return new ResourceView(resource.resource().toString(), resource.displayName(),
                    resource.employer() == null ? null : resource.employer().toString(),
                    resource.hourlyRate().toPlainString(), resource.hours().toPlainString());
        }
    }

    @Schema(name = "DeliverySession", description = "A recurring weekly time of the sessions",
            additionalProperties = Schema.False.class)
    record SessionView(
            @Schema(required = true, type = SchemaType.STRING, example = "MONDAY", enumeration = {"MONDAY",
                    "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"}) DayOfWeek day,
            @Schema(required = true, example = "09:00", description = "Time of day, HH:mm") String start,
            @Schema(required = true, example = "10:00", description = "Time of day, HH:mm") String end) {

        static SessionView of(WeeklySlot slot) {
            return new SessionView(slot.day(), slot.start().toString(), slot.end().toString());
        }
    }

    @Schema(name = "DeliverySeat", description = "One participant's place, through an application",
            additionalProperties = Schema.False.class)
    record SeatView(
            @Schema(required = true, format = "uuid") String applicationId,
            @Schema(required = true, format = "uuid") String consumerOrganisationId,
            @Schema(required = true, format = "uuid") String participantId,
            @Schema(required = true, nullable = true, description = "Null until the delivery is completed")
            ParticipationOutcome outcome) {

        static SeatView of(Seat seat) {
            return new SeatView(seat.application().toString(), seat.consumer().toString(),
                    seat.participant().toString(), seat.outcome());
        }
    }

    @Schema(name = "DeliveryCostShare", description = "One consumer organisation's share of the price",
            additionalProperties = Schema.False.class)
    record CostShareView(
            @Schema(required = true, format = "uuid") String organisationId,
            @Schema(required = true, format = "decimal", example = "13000.00", description = "SEK") String amount) {

        static CostShareView of(CostShare share) {
            return new CostShareView(share.organisation().toString(), share.amount().toPlainString());
        }
    }

    @Schema(name = "DeliveryPage", description = "One page of deliveries", additionalProperties = Schema.False.class)
    record DeliveryPage(
            @Schema(required = true) List<DeliveryView> items,
            @Schema(required = true, description = "The page number, from 0") int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems,
            @Schema(required = true) int totalPages) {

        static DeliveryPage of(Page<se.esp.application.port.in.delivery.DeliveryView> page) {
            return Paging.envelope(page, DeliveryView::of, DeliveryPage::new);
        }
    }
}

package se.esp.adapter.persistence.delivery;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.ResourceAssignment;
import se.esp.domain.delivery.Seat;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/** Between {@link Delivery} and its row; session times as {@code MONDAY 09:00-10:00,THURSDAY 09:00-10:00}. */
final class DeliveryMapper {

    private DeliveryMapper() {
    }

    static DeliveryJpaEntity newRow(Delivery delivery) {
        DeliveryJpaEntity row = new DeliveryJpaEntity();
        row.id = delivery.id().toString();
        row.offeringVersionId = delivery.offeringVersion().toString();
        row.supplierId = delivery.supplier().toString();
        row.title = delivery.title().length() <= 200 ? delivery.title() : delivery.title().substring(0, 200);
        row.language = delivery.language().value();
        ResourceAssignment resource = delivery.resource();
        row.resourceId = resource.resource().toString();
        row.resourceName = resource.displayName();
        row.resourceEmployerId = resource.employer() == null ? null : resource.employer().toString();
        row.hourlyRateOre = resource.hourlyRate().ore();
        row.resourceHours = resource.hours();
        row.sessionSlots = slots(delivery.sessionSlots());
        row.startsOn = delivery.startsOn();
        row.lastDay = delivery.lastDay();
        row.maxParticipants = delivery.maxParticipants();
        row.pricePerParticipantOre = delivery.pricePerParticipant().ore();
        row.costSplitRule = delivery.costSplitRule();
        row.openedAt = delivery.openedAt();
        copyChangeableFields(delivery, row);
        return row;
    }

    static void copyChangeableFields(Delivery delivery, DeliveryJpaEntity row) {
        row.status = delivery.status();
        row.startedAt = delivery.startedAt().orElse(null);
        row.completedAt = delivery.completedAt().orElse(null);
        row.cancelledAt = delivery.cancelledAt().orElse(null);
        row.cancellationReason = delivery.cancellationReason().orElse(null);
        List<SeatEmbeddable> seats = new ArrayList<>();
        for (Seat seat : delivery.seats()) {
            seats.add(new SeatEmbeddable(seat.application().toString(), seat.consumer().toString(),
                    seat.participant().toString(), seat.outcome()));
        }
        row.seats.clear();
        row.seats.addAll(seats);
    }

    static Delivery toDomain(DeliveryJpaEntity row) {
        List<Seat> seats = row.seats.stream().map(s -> new Seat(new ApplicationId(UUID.fromString(s.applicationId)),
                new OrganisationId(UUID.fromString(s.consumerId)), new ParticipantId(UUID.fromString(s.participantId)),
                s.outcome)).toList();
        return Delivery.reconstitute(new DeliveryId(UUID.fromString(row.id)),
                new OfferingVersionId(UUID.fromString(row.offeringVersionId)),
                new OrganisationId(UUID.fromString(row.supplierId)), row.title, new LanguageCode(row.language),
                new ResourceAssignment(new ResourceId(UUID.fromString(row.resourceId)), row.resourceName,
                        row.resourceEmployerId == null ? null : new OrganisationId(UUID.fromString(
                                row.resourceEmployerId)), Money.ofOre(row.hourlyRateOre), row.resourceHours),
                slots(row.sessionSlots), row.startsOn, row.lastDay, row.maxParticipants,
                Money.ofOre(row.pricePerParticipantOre), row.costSplitRule, row.openedAt, seats, row.status,
                row.startedAt, row.completedAt, row.cancelledAt, row.cancellationReason, row.version);
    }

    static String slots(List<WeeklySlot> slots) {
        return slots.stream().map(s -> s.day().name() + " " + s.start() + "-" + s.end())
                .collect(Collectors.joining(","));
    }

    static List<WeeklySlot> slots(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(part -> {
            String[] dayAndTimes = part.split(" ");
            String[] times = dayAndTimes[1].split("-");
            return new WeeklySlot(DayOfWeek.valueOf(dayAndTimes[0]), LocalTime.parse(times[0]),
                    LocalTime.parse(times[1]));
        }).toList();
    }
}

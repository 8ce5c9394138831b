package se.esp.adapter.persistence.delivery;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import se.esp.adapter.persistence.storage.InMemoryAggregates;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.delivery.DeliveryFilter;
import se.esp.application.port.out.Deliveries;
import se.esp.application.port.out.OpenDeliveries;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.DeliverySale;
import se.esp.domain.delivery.DeliveryStatus;
import se.esp.domain.matching.OpenDelivery;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ErrorCode;

/** Deliveries in a map; callers only ever get copies. */
public final class InMemoryDeliveries extends InMemoryAggregates<DeliveryId, Delivery>
        implements Deliveries, OpenDeliveries {

    private static final Comparator<Delivery> BY_START = Comparator.comparing(Delivery::startsOn)
            .thenComparing(d -> d.id().toString());

    public InMemoryDeliveries() {
        super(Delivery::id, Delivery::version, d -> "delivery " + d.id(), ErrorCode.DELIVERY_NOT_FOUND);
    }

    @Override
    public Page<Delivery> list(DeliveryFilter filter, PageRequest page) {
        return page(stored()
                .filter(d -> filter.supplierIfAny().map(d.supplier()::equals).orElse(true))
                .filter(d -> filter.consumerIfAny().map(d::seatsConsumer).orElse(true))
                .filter(d -> filter.resourceIfAny().map(d.resource().resource()::equals).orElse(true))
                .filter(d -> filter.statusIfAny().map(s -> d.status() == s).orElse(true))
                .sorted(BY_START).toList(), page);
    }

    @Override
    public List<Delivery> withParticipant(ParticipantId participant) {
        return stored().filter(d -> d.hasParticipant(participant)).map(this::copy).toList();
    }

    @Override
    public List<Delivery> completedBetween(Instant from, Instant to) {
        return stored().filter(d -> d.status() == DeliveryStatus.COMPLETED)
                .filter(d -> d.completedAt().filter(at -> !at.isBefore(from) && at.isBefore(to)).isPresent())
                .sorted(Comparator.comparing((Delivery d) -> d.completedAt().orElseThrow())
                        .thenComparing(d -> d.id().toString()))
                .map(this::copy).toList();
    }

    @Override
    public List<DeliverySale> salesCompletedBetween(Instant from, Instant to) {
        return completedBetween(from, to).stream().map(Delivery::asSale).toList();
    }

    @Override
    public List<Delivery> cancelledBetween(Instant from, Instant to) {
        return stored()
                .filter(d -> d.cancelledAt().filter(at -> !at.isBefore(from) && at.isBefore(to)).isPresent())
                .sorted(Comparator.comparing((Delivery d) -> d.cancelledAt().orElseThrow())
                        .thenComparing(d -> d.id().toString()))
                .map(this::copy).toList();
    }

    @Override
    public List<OpenDelivery> current() {
        return stored().filter(d -> d.status().isCurrent()).map(Delivery::asOpen).toList();
    }

    /** Every stored delivery, as copies; for the in-memory statistics, which aggregate what SQL would. */
    public List<Delivery> all() {
        return stored().map(this::copy).toList();
    }

    @Override
    protected Delivery copy(Delivery d, long version) {
        return Delivery.reconstitute(d.id(), d.offeringVersion(), d.supplier(), d.title(), d.language(), d.resource(),
                d.sessionSlots(), d.startsOn(), d.lastDay(), d.maxParticipants(), d.pricePerParticipant(),
                d.costSplitRule(), d.openedAt(), d.seats(), d.status(), d.startedAt().orElse(null),
                d.completedAt().orElse(null), d.cancelledAt().orElse(null), d.cancellationReason().orElse(null),
                version);
    }
}

package se.esp.adapter.persistence.delivery;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryStore;
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
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Deliveries in a map; callers only ever get copies. */
public final class InMemoryDeliveries implements Deliveries, OpenDeliveries, InMemoryStore {

    private static final Comparator<Delivery> BY_START = Comparator.comparing(Delivery::startsOn)
            .thenComparing(d -> d.id().toString());

    private Map<DeliveryId, Delivery> byId = new HashMap<>();

    @Override
    public synchronized Optional<Delivery> findById(DeliveryId id) {
        return Optional.ofNullable(byId.get(id)).map(d -> copy(d, d.version()));
    }

    @Override
    public synchronized Page<Delivery> list(DeliveryFilter filter, PageRequest page) {
        List<Delivery> matching = byId.values().stream()
                .filter(d -> filter.supplierIfAny().map(d.supplier()::equals).orElse(true))
                .filter(d -> filter.consumerIfAny().map(d::seatsConsumer).orElse(true))
                .filter(d -> filter.resourceIfAny().map(d.resource().resource()::equals).orElse(true))
                .filter(d -> filter.statusIfAny().map(s -> d.status() == s).orElse(true))
                .sorted(BY_START).toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).map(d -> copy(d, d.version()))
                .toList(), page, matching.size());
    }

    @Override
    public synchronized List<Delivery> withParticipant(ParticipantId participant) {
        return byId.values().stream().filter(d -> d.hasParticipant(participant)).map(d -> copy(d, d.version()))
                .toList();
    }

    @Override
    public synchronized List<Delivery> completedBetween(Instant from, Instant to) {
        return byId.values().stream().filter(d -> d.status() == DeliveryStatus.COMPLETED)
                .filter(d -> d.completedAt().filter(at -> !at.isBefore(from) && at.isBefore(to)).isPresent())
                .sorted(Comparator.comparing((Delivery d) -> d.completedAt().orElseThrow())
                        .thenComparing(d -> d.id().toString()))
                .map(d -> copy(d, d.version())).toList();
    }

    @Override
    public synchronized List<DeliverySale> salesCompletedBetween(Instant from, Instant to) {
        return completedBetween(from, to).stream().map(Delivery::asSale).toList();
    }

    @Override
    public synchronized List<Delivery> cancelledBetween(Instant from, Instant to) {
        return byId.values().stream()
                .filter(d -> d.cancelledAt().filter(at -> !at.isBefore(from) && at.isBefore(to)).isPresent())
                .sorted(Comparator.comparing((Delivery d) -> d.cancelledAt().orElseThrow())
                        .thenComparing(d -> d.id().toString()))
                .map(d -> copy(d, d.version())).toList();
    }

    @Override
    public synchronized List<OpenDelivery> current() {
        return byId.values().stream().filter(d -> d.status().isCurrent()).map(Delivery::asOpen).toList();
    }

    @Override
    public synchronized Delivery save(Delivery delivery) {
        Delivery stored = byId.get(delivery.id());
        if (delivery.version() != 0 && stored == null) {
            throw new DomainException(ErrorCode.DELIVERY_NOT_FOUND, "delivery " + delivery.id() + " no longer exists");
        }
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != delivery.version()) {
            throw new DomainException(ErrorCode.STALE_VERSION, "delivery " + delivery.id()
                    + " was changed by somebody else since version " + delivery.version());
        }
        Delivery next = copy(delivery, delivery.version() + 1);
        byId.put(next.id(), next);
        return copy(next, next.version());
    }

    /** Every stored delivery, as copies; for the in-memory statistics, which aggregate what SQL would. */
    public synchronized List<Delivery> all() {
        return byId.values().stream().map(a -> copy(a, a.version())).toList();
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(byId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        byId = new HashMap<>((Map<DeliveryId, Delivery>) snapshot);
    }

    private static Delivery copy(Delivery d, long version) {
        return Delivery.reconstitute(d.id(), d.offeringVersion(), d.supplier(), d.title(), d.language(), d.resource(),
                d.sessionSlots(), d.startsOn(), d.lastDay(), d.maxParticipants(), d.pricePerParticipant(),
                d.costSplitRule(), d.openedAt(), d.seats(), d.status(), d.startedAt().orElse(null),
                d.completedAt().orElse(null), d.cancelledAt().orElse(null), d.cancellationReason().orElse(null),
                version);
    }
}

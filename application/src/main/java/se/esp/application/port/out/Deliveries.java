package se.esp.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.delivery.DeliveryFilter;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.DeliverySale;
import se.esp.domain.participant.ParticipantId;

/** Where deliveries are kept. Called inside {@link Transactions#inTransaction}. */
public interface Deliveries {

    Optional<Delivery> findById(DeliveryId id);

    /** Matching deliveries, soonest start first (then by id), so paging is stable. */
    Page<Delivery> list(DeliveryFilter filter, PageRequest page);

    /** The deliveries a participant has (or had) a place in. */
    List<Delivery> withParticipant(ParticipantId participant);

    /** Deliveries with status {@code COMPLETED} whose completion is in {@code [from, to)}: sold then. */
    List<Delivery> completedBetween(Instant from, Instant to);

    /**
     * The same deliveries as {@link #completedBetween}, in the same order, as settlement reads them: terms and places
     * only. A month can hold hundreds of thousands of deliveries; stores read them in one pass without building
     * aggregates.
     */
    List<DeliverySale> salesCompletedBetween(Instant from, Instant to);

    /** Deliveries cancelled in {@code [from, to)}, whatever they had reached before. */
    List<Delivery> cancelledBetween(Instant from, Instant to);

    /**
     * Stores a new delivery (version 0) or a change and returns it at its new version.
     *
     * @throws se.esp.domain.shared.DomainException {@code STALE_VERSION} if it changed since it was read
     */
    Delivery save(Delivery delivery);
}

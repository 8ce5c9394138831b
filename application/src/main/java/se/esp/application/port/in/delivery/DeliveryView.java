package se.esp.application.port.in.delivery;

import java.util.List;
import java.util.Objects;

import se.esp.domain.delivery.CostShare;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.Seat;

/**
 * A delivery as the acting user may see it: the supplier's staff, the resource leading it and platform
 * administrators see every seat; a consumer organisation's staff see their own participants' seats and their own
 * share of the cost, and of the others only how many participants they have (the delivery's total).
 *
 * @param seats      the seats the user may see
 * @param costShares the cost shares the user may see (none for a resource person)
 */
public record DeliveryView(Delivery delivery, List<Seat> seats, List<CostShare> costShares) {

    public DeliveryView {
        Objects.requireNonNull(delivery, "delivery");
        seats = List.copyOf(seats);
        costShares = List.copyOf(costShares);
    }
}

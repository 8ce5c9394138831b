package se.esp.application.port.in.delivery;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.security.ActingUser;

public interface ListDeliveriesQuery {

    /**
     * The deliveries the acting user takes part in: a supplier's staff their organisation's, a consumer's staff
     * those with their participants, a resource person those they lead; platform administrators every one.
     */
    Page<DeliveryView> list(ActingUser actor, DeliveryFilter filter, PageRequest page);
}

package se.esp.application.port.in.statistics;

import se.esp.application.security.ActingUser;
import se.esp.domain.organisation.OrganisationId;

/**
 * Statistics per month and per offering. Platform administrators read every one; a consumer organisation's staff
 * ({@code CONSUMER_STAFF}) only their own organisation's consumer statistics; a supplier's staff
 * ({@code SUPPLIER_STAFF}) only their own supplier statistics; the platform's (the owner's) only administrators.
 * Anybody else is refused with {@code ACCESS_DENIED}; an organisation that does not exist is
 * {@code ORGANISATION_NOT_FOUND} (organisations are directory data, so naming one tells nothing new).
 *
 * <p>Series, in this order. Consumer: {@code applications}, {@code participants}, {@code deliveries},
 * {@code hours}, {@code cost} (SEK: what its settlement lines say it bought). Supplier: {@code applications},
 * {@code participants}, {@code deliveries}, {@code seatsOffered}, {@code seatsPlaced}, {@code utilisation}
 * (percent: seats placed / seats offered), {@code hours}, {@code sales} (SEK: its {@code DELIVERY_SOLD} lines),
 * {@code transactionFees} (SEK it was charged). Platform: {@code applications}, {@code participants},
 * {@code deliveries}, {@code hours}, {@code transactionVolume} (SEK: every supplier's sold deliveries),
 * {@code feeRevenue} (SEK: the owner's fee lines). Definitions: {@link se.esp.application.port.out.StatisticsQueries}.</p>
 */
public interface StatisticsUseCases {

    StatisticsReport consumer(ActingUser actor, OrganisationId consumer, MonthRange range);

    StatisticsReport supplier(ActingUser actor, OrganisationId supplier, MonthRange range);

    StatisticsReport platform(ActingUser actor, MonthRange range);
}

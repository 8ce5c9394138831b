package se.esp.application.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.esp.application.port.out.Deliveries;
import se.esp.application.port.out.DeliverySettlementSource;
import se.esp.application.port.out.Organisations;
import se.esp.domain.delivery.DeliverySale;
import se.esp.domain.delivery.ResourceAssignment;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.Purchase;
import se.esp.domain.settlement.ResourceHours;
import se.esp.domain.settlement.SoldDelivery;
import se.esp.domain.shared.ApplicationId;

/**
 * The delivery side of settlement, from stored deliveries: a delivery is sold in the month it completed (in the
 * platform's time zone) — its supplier, its price, each application's part of it as the offering's split rule gives
 * it, and the resource's hours at the rate agreed when it was assigned, paid to the employer (an independent
 * resource has no organisation to be paid on the platform, so no line). A delivery cancelled afterwards is no longer
 * sold; its cancellation counts in the month it is recorded, where a closed month's lines are credited back.
 */
public final class DeliverySettlement implements DeliverySettlementSource {

    private final Deliveries deliveries;
    private final Organisations organisations;
    private final Clock clock;

    public DeliverySettlement(Deliveries deliveries, Organisations organisations, Clock clock) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<SoldDelivery> soldIn(YearMonth month) {
        List<DeliverySale> sales = deliveries.salesCompletedBetween(start(month), start(month.plusMonths(1)));
        List<SoldDelivery> sold = new ArrayList<>(sales.size());
        Map<OrganisationId, Long> populations = new HashMap<>();
        for (DeliverySale sale : sales) {
            Map<OrganisationId, Long> consumersPopulations = new HashMap<>();
            for (OrganisationId consumer : sale.participantsPerConsumer().keySet()) {
                Long population = populations.computeIfAbsent(consumer, this::population);
                if (population >= 0) {
                    consumersPopulations.put(consumer, population);
                }
            }
            Map<ApplicationId, Integer> participants = sale.participantsPerApplication();
            List<Purchase> purchases = new ArrayList<>(participants.size());
            sale.sharesByApplication(consumersPopulations).forEach((application, share) -> purchases.add(
                    new Purchase(sale.consumerOf(application), application.toString(),
                            participants.get(application), share)));
            ResourceAssignment resource = sale.resource();
            List<ResourceHours> hours = resource.employer() == null ? List.of()
                    : List.of(new ResourceHours(resource.resource().toString(), resource.employer(), resource.hours(),
                    resource.hourlyRate()));
            LocalDate soldOn = LocalDate.ofInstant(sale.completedAt(), clock.getZone());
            sold.add(new SoldDelivery(sale.id().toString(), sale.supplier(), soldOn, sale.price(), purchases, hours));
        }
        return sold;
    }

    /** The organisation's population, -1 if it has none (the same as absent for the split). */
    private Long population(OrganisationId organisation) {
        return organisations.findById(organisation).flatMap(o -> o.profile().populationIfAny())
                .map(p -> p.value()).orElse(-1L);
    }

    @Override
    public List<String> cancelledIn(YearMonth month) {
        return deliveries.cancelledBetween(start(month), start(month.plusMonths(1))).stream()
                .map(d -> d.id().toString()).toList();
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
    }
}

package se.esp.application.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.esp.application.port.out.Deliveries;
import se.esp.application.port.out.DeliverySettlementSource;
import se.esp.application.port.out.Organisations;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.ResourceAssignment;
import se.esp.domain.matching.ApplicationRef;
import se.esp.domain.settlement.Purchase;
import se.esp.domain.settlement.ResourceHours;
import se.esp.domain.settlement.SoldDelivery;
import se.esp.domain.shared.Money;

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
        List<SoldDelivery> sold = new ArrayList<>();
        for (Delivery delivery : deliveries.completedBetween(start(month), start(month.plusMonths(1)))) {
            Map<ApplicationRef, Money> shares = delivery.sharesByApplication(
                    DeliveryService.populations(organisations, delivery));
            List<Purchase> purchases = new ArrayList<>();
            shares.forEach((application, share) -> purchases.add(new Purchase(
                    delivery.seats().stream().filter(s -> s.application().equals(application)).findFirst()
                            .orElseThrow().consumer(), application.toString(),
                    delivery.seats().stream().filter(s -> s.application().equals(application)).count(), share)));
            ResourceAssignment resource = delivery.resource();
            List<ResourceHours> hours = resource.employer() == null ? List.of()
                    : List.of(new ResourceHours(resource.resource().toString(), resource.employer(), resource.hours(),
                    resource.hourlyRate()));
            LocalDate soldOn = LocalDate.ofInstant(delivery.completedAt().orElseThrow(), clock.getZone());
            sold.add(new SoldDelivery(delivery.id().toString(), delivery.supplier(), soldOn, delivery.price(),
                    purchases, hours));
        }
        return sold;
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

package se.esp.scenarios.support;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.esp.application.port.out.DeliverySettlementSource;
import se.esp.domain.settlement.SoldDelivery;

/**
 * The delivery side of settlement's inputs as the scenarios state it ("Ronneby sold a delivery…", "…was
 * cancelled"), because deliveries are another area's work. It stands exactly where that area's adapter will.
 */
public final class ScenarioDeliveries implements DeliverySettlementSource {

    private final Map<YearMonth, List<SoldDelivery>> sold = new TreeMap<>();
    private final Map<YearMonth, List<String>> cancelled = new TreeMap<>();

    public void sold(SoldDelivery delivery) {
        sold.computeIfAbsent(YearMonth.from(delivery.soldOn()), m -> new ArrayList<>()).add(delivery);
    }

    /** The delivery no longer counts as sold, and its cancellation falls in {@code month}. */
    public void cancel(String deliveryId, YearMonth month) {
        sold.values().forEach(list -> list.removeIf(d -> d.deliveryId().equals(deliveryId)));
        cancelled.computeIfAbsent(month, m -> new ArrayList<>()).add(deliveryId);
    }

    @Override
    public List<SoldDelivery> soldIn(YearMonth month) {
        return List.copyOf(sold.getOrDefault(month, List.of()));
    }

    @Override
    public List<String> cancelledIn(YearMonth month) {
        return List.copyOf(cancelled.getOrDefault(month, List.of()));
    }
}

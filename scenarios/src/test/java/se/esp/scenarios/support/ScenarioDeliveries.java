package se.esp.scenarios.support;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.esp.application.port.out.DeliverySettlementSource;
import se.esp.domain.settlement.SoldDelivery;

/**
 * The delivery side of settlement's inputs as the fee scenarios state it ("Ronneby sold a delivery…", "…was
 * cancelled"), for scenarios about money alone; the stored deliveries ({@code DeliverySettlement}) are read beside
 * them ({@link #and}), so the worked example also runs end to end from applications to the statement.
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

    /** These deliveries and those of another source (the stored ones), as one source. */
    public DeliverySettlementSource and(DeliverySettlementSource stored) {
        ScenarioDeliveries stated = this;
        return new DeliverySettlementSource() {
            @Override
            public List<SoldDelivery> soldIn(YearMonth month) {
                List<SoldDelivery> all = new ArrayList<>(stated.soldIn(month));
                all.addAll(stored.soldIn(month));
                return all;
            }

            @Override
            public List<String> cancelledIn(YearMonth month) {
                List<String> all = new ArrayList<>(stated.cancelledIn(month));
                all.addAll(stored.cancelledIn(month));
                return all;
            }
        };
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

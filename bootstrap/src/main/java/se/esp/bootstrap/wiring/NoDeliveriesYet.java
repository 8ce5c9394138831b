package se.esp.bootstrap.wiring;

import java.time.YearMonth;
import java.util.List;

import se.esp.application.port.out.DeliverySettlementSource;
import se.esp.domain.settlement.SoldDelivery;

/**
 * The delivery side of settlement on a platform that has no deliveries yet: this build cannot sell any (the
 * applications and matching area is not part of it), so there is truly nothing to settle on that side. Replaced,
 * with no other change, as soon as a {@link DeliverySettlementSource} bean exists.
 */
final class NoDeliveriesYet implements DeliverySettlementSource {

    @Override
    public List<SoldDelivery> soldIn(YearMonth month) {
        return List.of();
    }

    @Override
    public List<String> cancelledIn(YearMonth month) {
        return List.of();
    }
}

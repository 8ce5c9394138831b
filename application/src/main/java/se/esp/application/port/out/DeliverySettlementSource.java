package se.esp.application.port.out;

import java.time.YearMonth;
import java.util.List;

import se.esp.domain.settlement.SoldDelivery;

/**
 * The delivery side of settlement's inputs: what deliveries were sold in a month, and which were cancelled in it.
 * Implemented by the area that owns deliveries (applications, matching and deliveries); until deliveries exist the
 * platform wires an implementation that has none. The fee side is {@code application.settlement.FeeSettlementSource}.
 */
public interface DeliverySettlementSource {

    /** Deliveries sold in the month, as settlement values (supplier, price, buyers' shares, resource hours). */
    List<SoldDelivery> soldIn(YearMonth month);

    /**
     * Ids of deliveries cancelled during the month. A cancelled delivery that was settled in a closed period is
     * credited back in this month's settlement; one whose period is still open simply drops out when it is
     * settled again (it is no longer in {@link #soldIn}).
     */
    List<String> cancelledIn(YearMonth month);
}

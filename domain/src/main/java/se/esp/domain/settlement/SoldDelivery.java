package se.esp.domain.settlement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * A delivery as settlement sees it, independent of how deliveries are modelled: who supplied it, when it was sold
 * (decides the transaction fee's rates), its whole price, who bought which part (split by participants with the
 * largest-remainder method), and the resources' hours to pay to their employers.
 */
public record SoldDelivery(String deliveryId, OrganisationId supplier, LocalDate soldOn, Money price,
                           List<Purchase> purchases, List<ResourceHours> hours) {

    public SoldDelivery {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(soldOn, "soldOn");
        Objects.requireNonNull(price, "price");
        if (price.isNegative()) {
            throw ValidationException.of("price", ViolationCode.OUT_OF_RANGE, "must not be negative");
        }
        if (purchases == null || purchases.isEmpty()) {
            throw ValidationException.of("purchases", ViolationCode.REQUIRED, "a sold delivery has a buyer");
        }
        purchases = List.copyOf(purchases);
        long withShare = purchases.stream().filter(p -> p.share() != null).count();
        if (withShare != 0 && (withShare != purchases.size()
                || !Money.sum(purchases.stream().map(Purchase::share).toList()).equals(price))) {
            throw ValidationException.of("purchases", ViolationCode.OUT_OF_RANGE,
                    "either every purchase states its share and the shares sum to the price, or none does");
        }
        hours = hours == null ? List.of() : List.copyOf(hours);
    }
}

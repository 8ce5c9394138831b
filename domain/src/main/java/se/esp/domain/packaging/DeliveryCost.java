package se.esp.domain.packaging;

import java.math.BigDecimal;

import se.esp.domain.shared.Money;

/** What one delivery of a variant costs the supplier, line by line. */
public record DeliveryCost(Variant variant, BigDecimal resourceHours, Money hourlyRate, Money resourceCost,
                           Money materials, Money licences, Money premises, Money total) {
}

package se.esp.domain.packaging;

import java.util.OptionalInt;

import se.esp.domain.shared.Money;

/**
 * One variant at one group size: the delivery's cost, its share per participant, the lowest price per
 * participant that covers the cost after the transaction fee, the sale at the packaging's own price, and the
 * smallest group that breaks even at that price ({@code breakEvenGroupSize} empty: no group size does).
 */
public record VariantCosting(DeliveryCost cost, int groupSize, Money costPerParticipant,
                             Money coveringPricePerParticipant, Sale sale, OptionalInt breakEvenGroupSize) {
}

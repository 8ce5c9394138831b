package se.esp.domain.packaging;

import se.esp.domain.shared.Money;

/**
 * One delivery sold at a price per participant: what the buyers pay, the platform's transaction fee on it, what
 * the supplier keeps, and the margin over the delivery's cost (negative: a loss).
 */
public record Sale(Money pricePerParticipant, int participants, Money revenue, Money transactionFee,
                   Money supplierNet, Money margin) {
}

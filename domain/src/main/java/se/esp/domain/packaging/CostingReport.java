package se.esp.domain.packaging;

import se.esp.domain.shared.Money;

/** The answer to "what does this cost at group size N": both variants side by side, with the fee rate used. */
public record CostingReport(int groupSize, TransactionFeeRate feeRate, Money pricePerParticipant,
                            VariantCosting digital, VariantCosting physical) {
}

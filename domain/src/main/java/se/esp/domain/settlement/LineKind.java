package se.esp.domain.settlement;

import se.esp.domain.fee.FeeKind;

/** What a settlement line is for. */
public enum LineKind {
    /** A buyer's part of a sold delivery (its participants' share of a co-delivery). */
    DELIVERY_BOUGHT(false),
    /** The supplier's price of a sold delivery. */
    DELIVERY_SOLD(false),
    /** The transaction fee on a sold delivery, charged to the supplier. */
    TRANSACTION_FEE(true),
    /** Hours a resource delivered, paid by the supplier to the resource's employer. */
    RESOURCE_HOURS(false),
    MEMBERSHIP_ENTRY_FEE(true),
    MEMBERSHIP_ANNUAL_FEE(true),
    PARTICIPATION_FEE(true),
    PARTNER_FEE(true),
    SCALING_PROJECT_FEE(true),
    /** A share of a joint cost; recovers a cost, so it is not fee revenue. */
    JOINT_COST(false);

    private final boolean fee;

    LineKind(boolean fee) {
        this.fee = fee;
    }

    /** Whether the owner's side of such a line is fee revenue. */
    public boolean isFee() {
        return fee;
    }

    public static LineKind of(FeeKind kind) {
        return valueOf(kind.name());
    }
}

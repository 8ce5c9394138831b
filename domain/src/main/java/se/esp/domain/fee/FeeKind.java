package se.esp.domain.fee;

/** The kinds of charge the fee rules produce for a month (the transaction fee comes with each sold delivery). */
public enum FeeKind {
    MEMBERSHIP_ENTRY_FEE,
    MEMBERSHIP_ANNUAL_FEE,
    PARTICIPATION_FEE,
    PARTNER_FEE,
    SCALING_PROJECT_FEE,
    JOINT_COST
}

package se.esp.domain.settlement;

import se.esp.domain.fee.FeeKind;

/** What kind of thing caused a settlement line. */
public enum CauseType {
    DELIVERY,
    SCALING_PROJECT,
    PARTNERSHIP,
    MEMBERSHIP,
    /** The participation fee: caused by the organisation's own participation level. */
    ORGANISATION,
    JOINT_COST;

    public static CauseType of(FeeKind kind) {
        return switch (kind) {
            case MEMBERSHIP_ENTRY_FEE, MEMBERSHIP_ANNUAL_FEE -> MEMBERSHIP;
            case PARTICIPATION_FEE -> ORGANISATION;
            case PARTNER_FEE -> PARTNERSHIP;
            case SCALING_PROJECT_FEE -> SCALING_PROJECT;
            case JOINT_COST -> JOINT_COST;
        };
    }
}

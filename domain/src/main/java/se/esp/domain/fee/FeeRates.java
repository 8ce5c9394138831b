package se.esp.domain.fee;

import java.util.Objects;

import se.esp.domain.shared.Percentage;

/**
 * The rates and fixed amounts of one version of the fee schedule.
 *
 * @param transactionFee    share of every sold delivery, charged to the supplier
 * @param scalingProjectFee share of a scaling project's budget, charged to the project's owner organisation
 * @param membership        entry and annual fees by population band
 * @param participation     annual fee by participation level
 * @param indexation        how the fixed amounts rise year by year
 */
public record FeeRates(Percentage transactionFee, Percentage scalingProjectFee, MembershipFees membership,
                       ParticipationFees participation, Indexation indexation) {

    public FeeRates {
        Objects.requireNonNull(transactionFee, "transactionFee");
        Objects.requireNonNull(scalingProjectFee, "scalingProjectFee");
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(participation, "participation");
        Objects.requireNonNull(indexation, "indexation");
    }
}

package se.esp.domain.settlement;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.esp.domain.fee.FeeCharge;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.organisation.OrganisationId;

/**
 * Everything one period's settlement is computed from, as values.
 *
 * @param owner      the owner organisation: receives the fees and the joint costs
 * @param schedule   the fee schedule (for the transaction fee of each delivery); {@code null}: no transaction fees
 * @param deliveries deliveries sold in the period
 * @param fees       what the fee rules make due in the period
 * @param reversals  closed periods' items that are no longer due
 */
public record SettlementInput(YearMonth period, OrganisationId owner, FeeSchedule schedule,
                              List<SoldDelivery> deliveries, List<FeeCharge> fees, List<Reversal> reversals) {

    public SettlementInput {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(owner, "owner");
        deliveries = List.copyOf(deliveries);
        fees = List.copyOf(fees);
        reversals = List.copyOf(reversals);
    }

    public Optional<FeeSchedule> scheduleIfAny() {
        return Optional.ofNullable(schedule);
    }
}

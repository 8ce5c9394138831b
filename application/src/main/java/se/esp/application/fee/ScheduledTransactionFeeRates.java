package se.esp.application.fee;

import java.time.LocalDate;
import java.util.Objects;

import se.esp.application.port.out.FeeSchedules;
import se.esp.application.port.out.TransactionFeeRates;
import se.esp.application.port.out.Transactions;
import se.esp.domain.packaging.TransactionFeeRate;

/**
 * The transaction fee rate in force on a date, from the owner's fee schedule — the same rule settlement charges, so a
 * packaging's costing shows the fee the supplier will pay. Before the owner has established a schedule, or for a
 * date before its first rates, the configured rate stands in.
 */
public final class ScheduledTransactionFeeRates implements TransactionFeeRates {

    private final FeeSchedules schedules;
    private final Transactions transactions;
    private final TransactionFeeRate fallback;

    public ScheduledTransactionFeeRates(FeeSchedules schedules, Transactions transactions,
                                        TransactionFeeRate fallback) {
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public TransactionFeeRate rateOn(LocalDate date) {
        return transactions.inTransaction(() -> schedules.find()
                .flatMap(schedule -> schedule.ratesOn(date))
                .map(version -> new TransactionFeeRate(version.rates().transactionFee().value()))
                .orElse(fallback));
    }
}

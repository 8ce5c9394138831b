package se.esp.bootstrap.wiring;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.application.fee.ScheduledTransactionFeeRates;
import se.esp.application.port.out.TransactionFeeRates;
import se.esp.domain.packaging.TransactionFeeRate;

/**
 * The transaction fee rate the costing shows: the rate of the owner's fee schedule in force on the date — the rule
 * settlement charges — and, before the owner has established a schedule, one configured percentage
 * ({@code esp.transaction-fee.percent}, environment {@code ESP_TRANSACTION_FEE_PERCENT}, default 5 as in the source
 * documents).
 */
@ApplicationScoped
public class TransactionFeeRateProducer {

    @Inject
    @ConfigProperty(name = "esp.transaction-fee.percent", defaultValue = "5")
    BigDecimal percent;

    @Inject
    PersistenceAdapters persistence;

    @Produces
    @ApplicationScoped
    TransactionFeeRates transactionFeeRates() {
        return new ScheduledTransactionFeeRates(persistence.feeSchedules(), persistence.transactions(),
                new TransactionFeeRate(percent));
    }
}

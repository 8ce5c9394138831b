package se.esp.bootstrap.wiring;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.esp.application.port.out.TransactionFeeRates;
import se.esp.domain.packaging.TransactionFeeRate;

/**
 * The transaction fee rate the costing shows: one configured percentage ({@code esp.transaction-fee.percent},
 * environment {@code ESP_TRANSACTION_FEE_PERCENT}, default 5 as in the source documents) on every date, until the
 * fee area backs {@link TransactionFeeRates} with the owner's fee schedule.
 */
@ApplicationScoped
public class TransactionFeeRateProducer {

    @Inject
    @ConfigProperty(name = "esp.transaction-fee.percent", defaultValue = "5")
    BigDecimal percent;

    @Produces
    @ApplicationScoped
    TransactionFeeRates transactionFeeRates() {
        TransactionFeeRate rate = new TransactionFeeRate(percent);
        return date -> rate;
    }
}

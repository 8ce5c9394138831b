package se.esp.application.port.out;

import java.time.LocalDate;

import se.esp.domain.packaging.TransactionFeeRate;

/**
 * The platform's transaction fee rate in force on a date. The owner's fee schedule (the fee area) answers it; a
 * fixed rate serves until then.
 */
@FunctionalInterface
public interface TransactionFeeRates {

    TransactionFeeRate rateOn(LocalDate date);
}

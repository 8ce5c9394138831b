package se.esp.domain.packaging;

import java.math.BigDecimal;
import java.util.Objects;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * The platform's transaction fee as a percentage of a sold delivery, charged to the supplier (5 % in the source
 * documents). The rate in force comes from the owner's fee schedule; costing only needs the number.
 */
public record TransactionFeeRate(BigDecimal percent) {

    public TransactionFeeRate {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw ValidationException.of("feePercent", ViolationCode.OUT_OF_RANGE, "must be at least 0 and below 100");
        }
    }

    public static TransactionFeeRate percent(String percent) {
        return new TransactionFeeRate(new BigDecimal(percent));
    }

    @Override
    public String toString() {
        return percent.toPlainString() + " %";
    }
}

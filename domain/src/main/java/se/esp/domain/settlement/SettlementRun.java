package se.esp.domain.settlement;

import java.time.Instant;
import java.util.Objects;

import se.esp.domain.shared.Money;

/** One settling of a period: when, how many lines it gave and the owner's fee revenue. The latest run's lines count. */
public record SettlementRun(int number, Instant ranAt, int lineCount, Money feeRevenue) {

    public SettlementRun {
        Objects.requireNonNull(ranAt, "ranAt");
        Objects.requireNonNull(feeRevenue, "feeRevenue");
    }
}

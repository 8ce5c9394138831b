package se.esp.adapter.persistence.settlement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import se.esp.domain.settlement.SettlementRun;
import se.esp.domain.shared.Money;

/** A row of {@code settlement_run}. */
@Embeddable
public class SettlementRunRow {

    @Column(name = "run_number", nullable = false)
    int runNumber;

    @Column(name = "ran_at", nullable = false)
    Instant ranAt;

    @Column(name = "line_count", nullable = false)
    int lineCount;

    @Column(name = "fee_revenue_ore", nullable = false)
    long feeRevenueOre;

    protected SettlementRunRow() {
    }

    static SettlementRunRow of(SettlementRun run) {
        SettlementRunRow row = new SettlementRunRow();
        row.runNumber = run.number();
        row.ranAt = run.ranAt();
        row.lineCount = run.lineCount();
        row.feeRevenueOre = run.feeRevenue().ore();
        return row;
    }

    SettlementRun toDomain() {
        return new SettlementRun(runNumber, ranAt, lineCount, Money.ofOre(feeRevenueOre));
    }
}

package se.esp.application.port.out;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import se.esp.domain.settlement.Cause;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.settlement.SettlementPeriod;

/**
 * Where settlement periods, their runs and their lines are kept (the lines one row each, so statistics and
 * reports can aggregate them in SQL). Called inside {@link Transactions#inTransaction}.
 */
public interface SettlementPeriods {

    Optional<SettlementPeriod> find(YearMonth period);

    /** Whether the month's period exists and is closed. */
    boolean isClosed(YearMonth period);

    /** The lines of closed periods caused by the source (type and id, any detail), oldest period first. */
    List<SettlementLine> closedLinesCausedBy(Cause source);

    /** Periods, newest first. */
    List<SettlementPeriod> list(int limit);

    /**
     * Stores a new period (version 0) or its new run or closing, and returns it at its new version.
     *
     * @throws se.esp.domain.shared.DomainException {@code STALE_VERSION} on an outdated read;
     *         {@code SETTLEMENT_PERIOD_CLOSED} for any change to a period stored as closed
     */
    SettlementPeriod save(SettlementPeriod period);
}

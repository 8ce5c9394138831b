package se.esp.application.port.out;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.Cause;
import se.esp.domain.settlement.PeriodStatus;
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

    /** The status of every stored period before {@code period}, oldest first: what the closing order reads. */
    SortedMap<YearMonth, PeriodStatus> statusesBefore(YearMonth period);

    /** The lines of closed periods caused by the source (type and id, any detail), oldest period first. */
    List<SettlementLine> closedLinesCausedBy(Cause source);

    /** One organisation's lines of the period's latest run, in {@link SettlementLine#ORDER}; empty if none. */
    List<SettlementLine> linesOf(YearMonth period, OrganisationId organisation);

    /** Every line of the period's latest run, in {@link SettlementLine#ORDER} (reports and checks; can be large). */
    List<SettlementLine> lines(YearMonth period);

    /** Periods, newest first. */
    List<SettlementPeriod> list(int limit);

    /**
     * Stores a new period (version 0) or its new run or closing, and returns it at its new version. A period that
     * carries {@link SettlementPeriod#unsavedLines() unsaved lines} replaces its stored lines with them, in the same
     * transaction; the returned period carries none.
     *
     * @throws se.esp.domain.shared.DomainException {@code STALE_VERSION} on an outdated read;
     *         {@code SETTLEMENT_PERIOD_CLOSED} for any change to a period stored as closed
     */
    SettlementPeriod save(SettlementPeriod period);
}

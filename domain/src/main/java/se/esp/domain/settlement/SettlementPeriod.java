package se.esp.domain.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;

/**
 * A calendar month's settlement: the lines of its latest run, the history of runs, and whether it is closed. An
 * open period may be settled again as often as needed (each run replaces the lines); closing it after its last day
 * makes it immutable, and anything that changes later is corrected in a later open period.
 */
public final class SettlementPeriod {

    private final YearMonth period;
    private PeriodStatus status;
    private OrganisationId owner;
    private List<SettlementLine> lines;
    private final List<SettlementRun> runs;
    private Instant closedAt;
    private final long version;

    private SettlementPeriod(YearMonth period, PeriodStatus status, OrganisationId owner, List<SettlementLine> lines,
                             List<SettlementRun> runs, Instant closedAt, long version) {
        this.period = Objects.requireNonNull(period, "period");
        this.status = Objects.requireNonNull(status, "status");
        this.owner = owner;
        this.lines = List.copyOf(lines);
        this.runs = new ArrayList<>(runs);
        this.closedAt = closedAt;
        this.version = version;
    }

    public static SettlementPeriod open(YearMonth period) {
        return new SettlementPeriod(period, PeriodStatus.OPEN, null, List.of(), List.of(), null, 0);
    }

    public static SettlementPeriod reconstitute(YearMonth period, PeriodStatus status, OrganisationId owner,
                                                List<SettlementLine> lines, List<SettlementRun> runs,
                                                Instant closedAt, long version) {
        return new SettlementPeriod(period, status, owner, lines, runs, closedAt, version);
    }

    /** Takes the lines of a new run. */
    public SettlementPeriodSettled settle(SettlementResult result, Instant at) {
        if (!result.period().equals(period)) {
            throw new IllegalArgumentException("a settlement of " + result.period() + " is not one of " + period);
        }
        requireOpen();
        owner = result.owner();
        lines = result.lines();
        Money revenue = Money.sum(List.copyOf(result.ownerFeeRevenue().values()));
        SettlementRun run = new SettlementRun(runs.size() + 1, at, lines.size(), revenue);
        runs.add(run);
        return new SettlementPeriodSettled(UUID.randomUUID(), at, period, run.number(), run.lineCount(), revenue);
    }

    /** Closes the period; only after its last day and after it was settled. */
    public SettlementPeriodClosed close(LocalDate today, Instant at) {
        requireOpen();
        if (!today.isAfter(period.atEndOfMonth())) {
            throw new DomainException(ErrorCode.SETTLEMENT_PERIOD_NOT_ENDED,
                    period + " ends on " + period.atEndOfMonth() + "; it can be closed from the day after");
        }
        if (runs.isEmpty()) {
            throw new DomainException(ErrorCode.SETTLEMENT_PERIOD_NOT_SETTLED, period + " has not been settled yet");
        }
        status = PeriodStatus.CLOSED;
        closedAt = at;
        return new SettlementPeriodClosed(UUID.randomUUID(), at, period, runs.size(),
                SettlementResult.netPositions(lines));
    }

    public void requireOpen() {
        if (status == PeriodStatus.CLOSED) {
            throw new DomainException(ErrorCode.SETTLEMENT_PERIOD_CLOSED,
                    period + " was closed at " + closedAt + "; corrections go to the next open period");
        }
    }

    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new DomainException(ErrorCode.STALE_VERSION, "settlement period " + period + " is at version "
                    + version + ", the change was based on version " + expectedVersion);
        }
    }

    public Statement statementFor(OrganisationId organisation) {
        return new Statement(period, organisation, status,
                lines.stream().filter(l -> l.organisation().equals(organisation)).toList());
    }

    /** The lines of this period caused by a source (type and id), e.g. to credit them back. */
    public List<SettlementLine> linesCausedBy(Cause source) {
        return lines.stream().filter(l -> l.cause().sameSourceAs(source)).toList();
    }

    public boolean isClosed() {
        return status == PeriodStatus.CLOSED;
    }

    public YearMonth period() {
        return period;
    }

    public PeriodStatus status() {
        return status;
    }

    public Optional<OrganisationId> owner() {
        return Optional.ofNullable(owner);
    }

    public List<SettlementLine> lines() {
        return lines;
    }

    public List<SettlementRun> runs() {
        return List.copyOf(runs);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public long version() {
        return version;
    }
}

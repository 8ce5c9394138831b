package se.esp.domain.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;

/**
 * A calendar month's settlement: the totals of its latest run per organisation and line kind, the history of runs,
 * and whether it is closed. An open period may be settled again as often as needed (each run replaces the lines);
 * closing it after its last day makes it immutable, and anything that changes later is corrected in a later open
 * period.
 *
 * <p>The lines themselves are not part of a loaded period — a month can hold millions, and a statement needs one
 * organisation's. A run's lines travel with the period from {@link #settle} until it is saved
 * ({@link #unsavedLines}); the store keeps them one row each and serves them per organisation.</p>
 */
public final class SettlementPeriod {

    private final YearMonth period;
    private PeriodStatus status;
    private OrganisationId owner;
    private List<SettlementTotal> totals;
    private List<SettlementLine> unsavedLines;
    private final List<SettlementRun> runs;
    private Instant closedAt;
    private final long version;

    private SettlementPeriod(YearMonth period, PeriodStatus status, OrganisationId owner, List<SettlementTotal> totals,
                             List<SettlementRun> runs, Instant closedAt, long version) {
        this.period = Objects.requireNonNull(period, "period");
        this.status = Objects.requireNonNull(status, "status");
        this.owner = owner;
        this.totals = totals.stream().sorted(SettlementTotal.ORDER).toList();
        this.runs = new ArrayList<>(runs);
        this.closedAt = closedAt;
        this.version = version;
    }

    public static SettlementPeriod open(YearMonth period) {
        return new SettlementPeriod(period, PeriodStatus.OPEN, null, List.of(), List.of(), null, 0);
    }

    public static SettlementPeriod reconstitute(YearMonth period, PeriodStatus status, OrganisationId owner,
                                                List<SettlementTotal> totals, List<SettlementRun> runs,
                                                Instant closedAt, long version) {
        return new SettlementPeriod(period, status, owner, totals, runs, closedAt, version);
    }

    /** Takes the lines of a new run: they replace the previous run's when the period is saved. */
    public SettlementPeriodSettled settle(SettlementResult result, Instant at) {
        if (!result.period().equals(period)) {
            throw new IllegalArgumentException("a settlement of " + result.period() + " is not one of " + period);
        }
        requireOpen();
        owner = result.owner();
        unsavedLines = result.lines();
        totals = totalsOf(result.lines());
        Money revenue = Money.sum(List.copyOf(feeRevenue().values()));
        SettlementRun run = new SettlementRun(runs.size() + 1, at, unsavedLines.size(), revenue);
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
        return new SettlementPeriodClosed(UUID.randomUUID(), at, period, runs.size(), netPositions());
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

    /** One organisation's statement from its lines of this period (as the store serves them). */
    public Statement statement(OrganisationId organisation, List<SettlementLine> lines) {
        for (SettlementLine line : lines) {
            if (!line.organisation().equals(organisation) || !line.period().equals(period)) {
                throw new IllegalArgumentException("a line of " + line.organisation() + " in " + line.period()
                        + " is not on the statement of " + organisation + " for " + period);
            }
        }
        return new Statement(period, organisation, status, lines);
    }

    /** The latest run's lines until the period is saved; empty for a period as loaded. */
    public Optional<List<SettlementLine>> unsavedLines() {
        return Optional.ofNullable(unsavedLines);
    }

    /** Net per organisation (negative: owes), ordered by organisation id; sums to zero. */
    public Map<OrganisationId, Money> netPositions() {
        Map<OrganisationId, Money> net = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        totals.forEach(t -> net.merge(t.organisation(), t.amount(), Money::plus));
        return net;
    }

    /** The owner's revenue per fee kind in the latest run (corrections included). */
    public Map<LineKind, Money> feeRevenue() {
        Map<LineKind, Money> revenue = new EnumMap<>(LineKind.class);
        totals.stream().filter(t -> t.organisation().equals(owner) && t.kind().isFee())
                .forEach(t -> revenue.merge(t.kind(), t.amount(), Money::plus));
        return revenue;
    }

    /** The latest run's totals per organisation and kind, in {@link SettlementTotal#ORDER}. */
    public List<SettlementTotal> totals() {
        return totals;
    }

    /** How many lines the latest run has; 0 before the first. */
    public int lineCount() {
        return runs.isEmpty() ? 0 : runs.get(runs.size() - 1).lineCount();
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

    public List<SettlementRun> runs() {
        return List.copyOf(runs);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public long version() {
        return version;
    }

    private static List<SettlementTotal> totalsOf(List<SettlementLine> lines) {
        Map<OrganisationId, Map<LineKind, Money>> sums = new HashMap<>();
        for (SettlementLine line : lines) {
            sums.computeIfAbsent(line.organisation(), o -> new EnumMap<>(LineKind.class))
                    .merge(line.kind(), line.amount(), Money::plus);
        }
        List<SettlementTotal> totals = new ArrayList<>();
        sums.forEach((organisation, byKind) -> byKind.forEach((kind, amount) ->
                totals.add(new SettlementTotal(organisation, kind, amount))));
        return totals;
    }
}

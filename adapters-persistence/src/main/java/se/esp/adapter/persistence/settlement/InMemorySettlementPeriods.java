package se.esp.adapter.persistence.settlement;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import se.esp.adapter.persistence.storage.InMemoryAggregates;
import se.esp.application.port.out.SettlementPeriods;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.Cause;
import se.esp.domain.settlement.PeriodStatus;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Settlement periods in a map by month, and each month's lines beside them; callers get copies. */
public final class InMemorySettlementPeriods extends InMemoryAggregates<YearMonth, SettlementPeriod>
        implements SettlementPeriods {

    private static final Comparator<SettlementPeriod> BY_MONTH = Comparator.comparing(SettlementPeriod::period);

    private record State(Object periods, TreeMap<YearMonth, List<SettlementLine>> lines) {
    }

    private TreeMap<YearMonth, List<SettlementLine>> linesByPeriod = new TreeMap<>();

    /** A month is saved first at version 0; an update of one never saved is a stale version, as in the table. */
    public InMemorySettlementPeriods() {
        super(SettlementPeriod::period, SettlementPeriod::version, p -> "settlement period " + p.period(),
                ErrorCode.STALE_VERSION);
    }

    @Override
    public Optional<SettlementPeriod> find(YearMonth period) {
        return findById(period);
    }

    @Override
    public boolean isClosed(YearMonth period) {
        return find(period).filter(SettlementPeriod::isClosed).isPresent();
    }

    @Override
    public synchronized List<SettlementLine> closedLinesCausedBy(Cause source) {
        return stored()
                .filter(SettlementPeriod::isClosed)
                .sorted(BY_MONTH)
                .flatMap(p -> lines(p.period()).stream())
                .filter(line -> line.cause().sameSourceAs(source))
                .toList();
    }

    @Override
    public List<SettlementLine> linesOf(YearMonth period, OrganisationId organisation) {
        return lines(period).stream().filter(line -> line.organisation().equals(organisation)).toList();
    }

    @Override
    public synchronized List<SettlementLine> lines(YearMonth period) {
        return linesByPeriod.getOrDefault(period, List.of());
    }

    @Override
    public SortedMap<YearMonth, PeriodStatus> statusesBefore(YearMonth period) {
        SortedMap<YearMonth, PeriodStatus> statuses = new TreeMap<>();
        stored().filter(p -> p.period().isBefore(period)).forEach(p -> statuses.put(p.period(), p.status()));
        return statuses;
    }

    @Override
    public List<SettlementPeriod> list(int limit) {
        return stored().sorted(BY_MONTH.reversed()).limit(limit).map(this::copy).toList();
    }

    @Override
    public synchronized SettlementPeriod save(SettlementPeriod period) {
        SettlementPeriod saved = super.save(period);
        period.unsavedLines().ifPresent(lines -> linesByPeriod.put(period.period(), List.copyOf(lines)));
        return saved;
    }

    @Override
    protected void refuseUpdate(SettlementPeriod period, SettlementPeriod stored) {
        if (stored.isClosed()) {
            throw new DomainException(ErrorCode.SETTLEMENT_PERIOD_CLOSED, period.period() + " is closed");
        }
    }

    @Override
    public synchronized Object snapshot() {
        return new State(super.snapshot(), new TreeMap<>(linesByPeriod));
    }

    @Override
    public synchronized void restore(Object snapshot) {
        State state = (State) snapshot;
        super.restore(state.periods());
        linesByPeriod = new TreeMap<>(state.lines());
    }

    @Override
    protected SettlementPeriod copy(SettlementPeriod p, long version) {
        return SettlementPeriod.reconstitute(p.period(), p.status(), p.owner().orElse(null), p.totals(), p.runs(),
                p.closedAt().orElse(null), version);
    }
}

package se.esp.adapter.persistence.settlement;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.port.out.SettlementPeriods;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.Cause;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Settlement periods in a sorted map; callers get copies. */
public final class InMemorySettlementPeriods implements SettlementPeriods, InMemoryStore {

    private TreeMap<YearMonth, SettlementPeriod> byPeriod = new TreeMap<>();
    private TreeMap<YearMonth, List<SettlementLine>> linesByPeriod = new TreeMap<>();

    @Override
    public synchronized Optional<SettlementPeriod> find(YearMonth period) {
        return Optional.ofNullable(byPeriod.get(period)).map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized boolean isClosed(YearMonth period) {
        SettlementPeriod stored = byPeriod.get(period);
        return stored != null && stored.isClosed();
    }

    @Override
    public synchronized List<SettlementLine> closedLinesCausedBy(Cause source) {
        return byPeriod.values().stream()
                .filter(SettlementPeriod::isClosed)
                .flatMap(p -> lines(p.period()).stream())
                .filter(line -> line.cause().sameSourceAs(source))
                .toList();
    }

    @Override
    public synchronized List<SettlementLine> linesOf(YearMonth period, OrganisationId organisation) {
        return lines(period).stream().filter(line -> line.organisation().equals(organisation)).toList();
    }

    @Override
    public synchronized List<SettlementLine> lines(YearMonth period) {
        return linesByPeriod.getOrDefault(period, List.of());
    }

    @Override
    public synchronized java.util.SortedMap<YearMonth, se.esp.domain.settlement.PeriodStatus> statusesBefore(
            YearMonth period) {
        java.util.SortedMap<YearMonth, se.esp.domain.settlement.PeriodStatus> statuses = new TreeMap<>();
        byPeriod.headMap(period, false).forEach((month, stored) -> statuses.put(month, stored.status()));
        return statuses;
    }

    @Override
    public synchronized List<SettlementPeriod> list(int limit) {
        return byPeriod.descendingMap().values().stream().limit(limit).map(p -> copy(p, p.version())).toList();
    }

    @Override
    public synchronized SettlementPeriod save(SettlementPeriod period) {
        SettlementPeriod stored = byPeriod.get(period.period());
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != period.version()) {
            throw new DomainException(ErrorCode.STALE_VERSION, "settlement period " + period.period()
                    + " was changed by somebody else since version " + period.version());
        }
        if (stored != null && stored.isClosed()) {
            throw new DomainException(ErrorCode.SETTLEMENT_PERIOD_CLOSED, period.period() + " is closed");
        }
        SettlementPeriod next = copy(period, period.version() + 1);
        byPeriod.put(next.period(), next);
        period.unsavedLines().ifPresent(lines -> linesByPeriod.put(next.period(), List.copyOf(lines)));
        return copy(next, next.version());
    }

    @Override
    public synchronized Object snapshot() {
        return List.of(new TreeMap<>(byPeriod), new TreeMap<>(linesByPeriod));
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        List<Object> parts = (List<Object>) snapshot;
        byPeriod = new TreeMap<>((TreeMap<YearMonth, SettlementPeriod>) parts.get(0));
        linesByPeriod = new TreeMap<>((TreeMap<YearMonth, List<SettlementLine>>) parts.get(1));
    }

    private static SettlementPeriod copy(SettlementPeriod p, long version) {
        return SettlementPeriod.reconstitute(p.period(), p.status(), p.owner().orElse(null), p.totals(), p.runs(),
                p.closedAt().orElse(null), version);
    }

}

package se.esp.adapter.persistence.settlement;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import se.esp.adapter.persistence.storage.JpaAggregates;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.out.SettlementPeriods;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.Cause;
import se.esp.domain.settlement.PeriodStatus;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Settlement periods in {@code settlement_period}, {@code settlement_run} and {@code settlement_line}. */
public final class JpaSettlementPeriods extends JpaAggregates<SettlementPeriod, SettlementPeriodJpaEntity>
        implements SettlementPeriods {

    /** A month never saved has no row: an update of it is a stale version, as in memory. */
    public JpaSettlementPeriods(JpaStorage storage) {
        super(storage, SettlementPeriodJpaEntity.class, p -> p.period().toString(), SettlementPeriod::version,
                row -> row.version, p -> "settlement period " + p.period(), ErrorCode.STALE_VERSION);
    }

    @Override
    public Optional<SettlementPeriod> find(YearMonth period) {
        return storage.find(SettlementPeriodJpaEntity.class, period).map(this::toDomain);
    }

    @Override
    public boolean isClosed(YearMonth period) {
        return !storage.entityManager().createQuery("select p.period from SettlementPeriodJpaEntity p "
                        + "where p.period = :period and p.status = :closed", String.class)
                .setParameter("period", period.toString())
                .setParameter("closed", PeriodStatus.CLOSED)
                .getResultList().isEmpty();
    }

    @Override
    public java.util.SortedMap<YearMonth, PeriodStatus> statusesBefore(YearMonth period) {
        // Months are stored as YYYY-MM, whose text order is their calendar order; two columns, no totals loaded.
        java.util.SortedMap<YearMonth, PeriodStatus> statuses = new java.util.TreeMap<>();
        storage.entityManager().createQuery("select p.period, p.status from SettlementPeriodJpaEntity p "
                        + "where p.period < :period", Object[].class)
                .setParameter("period", period.toString())
                .getResultList()
                .forEach(row -> statuses.put(YearMonth.parse((String) row[0]), (PeriodStatus) row[1]));
        return statuses;
    }

    @Override
    public List<SettlementLine> closedLinesCausedBy(Cause source) {
        return read(SettlementLineRow.SELECT + " JOIN settlement_period p ON p.period = l.period "
                + "WHERE p.status = 'CLOSED' AND l.cause_type = ? AND l.cause_id = ? ORDER BY l.period, l.line_no",
                source.type().name(), source.id());
    }

    @Override
    public List<SettlementLine> linesOf(YearMonth period, OrganisationId organisation) {
        return read(SettlementLineRow.SELECT + " WHERE l.organisation_id = ? AND l.period = ? ORDER BY l.line_no",
                organisation.toString(), period.toString());
    }

    @Override
    public List<SettlementLine> lines(YearMonth period) {
        return read(SettlementLineRow.SELECT + " WHERE l.period = ? ORDER BY l.line_no", period.toString());
    }

    @Override
    public List<SettlementPeriod> list(int limit) {
        return storage.entityManager().createQuery("select p from SettlementPeriodJpaEntity p order by p.period desc",
                        SettlementPeriodJpaEntity.class)
                .setMaxResults(limit)
                .getResultList().stream().map(SettlementPeriodJpaEntity::toDomain).toList();
    }

    @Override
    public SettlementPeriod save(SettlementPeriod period) {
        SettlementPeriodJpaEntity row = write(period);
        if (period.unsavedLines().isPresent()) {
            try {
                SettlementLineRow.replace(storage.connection(), period.period(), period.unsavedLines().get());
            } catch (SQLException e) {
                throw new PersistenceException("storing the lines of " + period.period(), e);
            }
        }
        return toDomain(row);
    }

    /** A month is saved at version 0 once: a second first save of it (also one at the same time) is stale. */
    @Override
    protected void refuseNew(SettlementPeriod period) {
        if (storage.find(SettlementPeriodJpaEntity.class, period.period()).isPresent()) {
            throw stale(period);
        }
    }

    @Override
    protected SettlementPeriodJpaEntity newRow(SettlementPeriod period) {
        return SettlementPeriodJpaEntity.newRow(period);
    }

    /**
     * Locked before its lines are touched: of two runs of one month at once (two servers), the second waits here and
     * then finds a newer version (stale) before it deletes or inserts any of the first's lines.
     */
    @Override
    protected SettlementPeriodJpaEntity rowToUpdate(SettlementPeriod period) {
        return storage.entityManager().find(SettlementPeriodJpaEntity.class, period.period().toString(),
                LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    protected void refuseUpdate(SettlementPeriod period, SettlementPeriodJpaEntity row) {
        if (row.status == PeriodStatus.CLOSED) {
            throw new DomainException(ErrorCode.SETTLEMENT_PERIOD_CLOSED, period.period() + " is closed");
        }
    }

    @Override
    protected void update(SettlementPeriod period, SettlementPeriodJpaEntity row) {
        row.copyChangeableFields(period);
        // The runs and lines are element collections; a new run must count as a change of the period itself.
        storage.entityManager().lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    protected SettlementPeriod toDomain(SettlementPeriodJpaEntity row) {
        return row.toDomain();
    }

    @Override
    protected void onConstraintViolation(SettlementPeriod period) {
        throw stale(period);
    }

    private List<SettlementLine> read(String sql, String... parameters) {
        try {
            return SettlementLineRow.read(storage.connection(), sql, parameters);
        } catch (SQLException e) {
            throw new PersistenceException("reading settlement lines", e);
        }
    }
}

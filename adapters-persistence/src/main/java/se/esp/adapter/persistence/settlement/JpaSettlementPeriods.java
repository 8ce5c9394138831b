package se.esp.adapter.persistence.settlement;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
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
public final class JpaSettlementPeriods implements SettlementPeriods {

    private final JpaStorage storage;

    public JpaSettlementPeriods(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public Optional<SettlementPeriod> find(YearMonth period) {
        return storage.find(SettlementPeriodJpaEntity.class, period).map(SettlementPeriodJpaEntity::toDomain);
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
        EntityManager entityManager = storage.entityManager();
        SettlementPeriodJpaEntity row;
        if (period.version() == 0) {
            if (entityManager.find(SettlementPeriodJpaEntity.class, period.period().toString()) != null) {
                throw stale(period);
            }
            row = SettlementPeriodJpaEntity.newRow(period);
            entityManager.persist(row);
        } else {
            // Locked before its lines are touched: of two runs of one month at once (two servers), the second waits
            // here and then finds a newer version (stale) before it deletes or inserts any of the first's lines.
            row = entityManager.find(SettlementPeriodJpaEntity.class, period.period().toString(),
                    jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (row == null || row.version != period.version()) {
                throw stale(period);
            }
            if (row.status == PeriodStatus.CLOSED) {
                throw new DomainException(ErrorCode.SETTLEMENT_PERIOD_CLOSED, period.period() + " is closed");
            }
            row.copyChangeableFields(period);
            // The runs and lines are element collections; a new run must count as a change of the period itself.
            entityManager.lock(row, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (JpaStorage.isLostUpdate(e) || JpaStorage.isConstraintViolation(e)) {
                throw stale(period);
            }
            throw e;
        }
        if (period.unsavedLines().isPresent()) {
            try {
                SettlementLineRow.replace(storage.connection(), period.period(), period.unsavedLines().get());
            } catch (SQLException e) {
                throw new PersistenceException("storing the lines of " + period.period(), e);
            }
        }
        return row.toDomain();
    }

    private List<SettlementLine> read(String sql, String... parameters) {
        try {
            return SettlementLineRow.read(storage.connection(), sql, parameters);
        } catch (SQLException e) {
            throw new PersistenceException("reading settlement lines", e);
        }
    }

    private static DomainException stale(SettlementPeriod period) {
        return new DomainException(ErrorCode.STALE_VERSION, "settlement period " + period.period()
                + " was changed by somebody else since version " + period.version());
    }
}

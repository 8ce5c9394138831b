package se.esp.adapter.persistence.settlement;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.esp.adapter.persistence.jpa.JpaStorage;
import se.esp.application.port.out.SettlementPeriods;
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
        return Optional.ofNullable(storage.entityManager().find(SettlementPeriodJpaEntity.class, period.toString()))
                .map(SettlementPeriodJpaEntity::toDomain);
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
    public List<SettlementLine> closedLinesCausedBy(Cause source) {
        EntityManager entityManager = storage.entityManager();
        entityManager.flush();
        // Plain SQL over the line table: the shape statistics will read too.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT l.period, l.organisation_id, l.kind, "
                        + "l.amount_ore, l.cause_type, l.cause_id, l.cause_detail, l.rule_ref, l.counterparty_id, "
                        + "l.corrects_period, l.description FROM settlement_line l "
                        + "JOIN settlement_period p ON p.period = l.period "
                        + "WHERE p.status = 'CLOSED' AND l.cause_type = ? AND l.cause_id = ? "
                        + "ORDER BY l.period, l.line_no")
                .setParameter(1, source.type().name())
                .setParameter(2, source.id())
                .getResultList();
        return rows.stream().map(r -> SettlementLineRow.line(YearMonth.parse(text(r[0])), text(r[1]), text(r[2]),
                ((Number) r[3]).longValue(), text(r[4]), text(r[5]), text(r[6]), text(r[7]), text(r[8]), text(r[9]),
                text(r[10]))).toList();
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
            row = entityManager.find(SettlementPeriodJpaEntity.class, period.period().toString());
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
        return row.toDomain();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }

    private static DomainException stale(SettlementPeriod period) {
        return new DomainException(ErrorCode.STALE_VERSION, "settlement period " + period.period()
                + " was changed by somebody else since version " + period.version());
    }
}

package se.esp.adapter.persistence.fee;

import java.util.Optional;

import se.esp.adapter.persistence.storage.JpaAggregates;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.out.FeeSchedules;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** The fee schedule in the {@code fee_schedule} table. */
public final class JpaFeeSchedules extends JpaAggregates<FeeSchedule, FeeScheduleJpaEntity> implements FeeSchedules {

    public JpaFeeSchedules(JpaStorage storage) {
        super(storage, FeeScheduleJpaEntity.class, s -> s.id().toString(), FeeSchedule::version, row -> row.version,
                s -> "the fee schedule", ErrorCode.FEE_SCHEDULE_NOT_FOUND);
    }

    @Override
    public Optional<FeeSchedule> find() {
        return storage.entityManager()
                .createQuery("select s from FeeScheduleJpaEntity s", FeeScheduleJpaEntity.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(this::toDomain);
    }

    @Override
    protected FeeScheduleJpaEntity newRow(FeeSchedule schedule) {
        return new FeeScheduleJpaEntity(schedule.id().toString(), FeeScheduleDocument.write(schedule));
    }

    @Override
    protected void update(FeeSchedule schedule, FeeScheduleJpaEntity row) {
        row.replaceDocument(FeeScheduleDocument.write(schedule));
    }

    @Override
    protected FeeSchedule toDomain(FeeScheduleJpaEntity row) {
        return FeeScheduleDocument.read(row.id, row.document, row.version);
    }

    @Override
    protected void refuseNew(FeeSchedule schedule) {
        if (find().isPresent()) {
            throw established();
        }
    }

    @Override
    protected void onConstraintViolation(FeeSchedule schedule) {
        throw established();
    }

    private static DomainException established() {
        return new DomainException(ErrorCode.FEE_SCHEDULE_ALREADY_ESTABLISHED, "the platform already has a fee schedule");
    }
}

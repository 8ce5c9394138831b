package se.esp.adapter.persistence.fee;

import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.out.FeeSchedules;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** The fee schedule in the {@code fee_schedule} table. */
public final class JpaFeeSchedules implements FeeSchedules {

    private final JpaStorage storage;

    public JpaFeeSchedules(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public Optional<FeeSchedule> find() {
        return storage.entityManager()
                .createQuery("select s from FeeScheduleJpaEntity s", FeeScheduleJpaEntity.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(row -> FeeScheduleDocument.read(row.id, row.document, row.version));
    }

    @Override
    public FeeSchedule save(FeeSchedule schedule) {
        EntityManager entityManager = storage.entityManager();
        FeeScheduleJpaEntity row;
        if (schedule.version() == 0) {
            if (find().isPresent()) {
                throw established();
            }
            row = new FeeScheduleJpaEntity(schedule.id().toString(), FeeScheduleDocument.write(schedule));
            entityManager.persist(row);
        } else {
            row = entityManager.find(FeeScheduleJpaEntity.class, schedule.id().toString());
            if (row == null) {
                throw new DomainException(ErrorCode.FEE_SCHEDULE_NOT_FOUND, "the fee schedule no longer exists");
            }
            if (row.version != schedule.version()) {
                throw stale(schedule);
            }
            row.replaceDocument(FeeScheduleDocument.write(schedule));
        }
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (JpaStorage.isLostUpdate(e)) {
                throw stale(schedule);
            }
            if (JpaStorage.isConstraintViolation(e)) {
                throw established();
            }
            throw e;
        }
        return FeeScheduleDocument.read(row.id, row.document, row.version);
    }

    private static DomainException stale(FeeSchedule schedule) {
        return new DomainException(ErrorCode.STALE_VERSION,
                "the fee schedule was changed by somebody else since version " + schedule.version());
    }

    private static DomainException established() {
        return new DomainException(ErrorCode.FEE_SCHEDULE_ALREADY_ESTABLISHED, "the platform already has a fee schedule");
    }
}

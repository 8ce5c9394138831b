package se.esp.adapter.persistence.fee;

import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryAggregates;
import se.esp.application.port.out.FeeSchedules;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * The platform's one fee schedule in memory, stored under one key whatever its id; callers get copies, so only a
 * save changes what is stored.
 */
public final class InMemoryFeeSchedules extends InMemoryAggregates<String, FeeSchedule> implements FeeSchedules {

    private static final String THE_SCHEDULE = "the fee schedule";

    public InMemoryFeeSchedules() {
        super(schedule -> THE_SCHEDULE, FeeSchedule::version, schedule -> THE_SCHEDULE, ErrorCode.STALE_VERSION);
    }

    @Override
    public Optional<FeeSchedule> find() {
        return findById(THE_SCHEDULE);
    }

    @Override
    protected void refuseNew(FeeSchedule schedule, FeeSchedule stored) {
        if (stored != null) {
            throw new DomainException(ErrorCode.FEE_SCHEDULE_ALREADY_ESTABLISHED,
                    "the platform already has a fee schedule");
        }
    }

    @Override
    protected FeeSchedule copy(FeeSchedule schedule, long version) {
        return FeeSchedule.reconstitute(schedule.id(), schedule.versions(), schedule.partnerships(),
                schedule.memberships(), schedule.jointCosts(), version);
    }
}

package se.esp.adapter.persistence.fee;

import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.port.out.FeeSchedules;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** The fee schedule in memory; callers get copies, so only a save changes what is stored. */
public final class InMemoryFeeSchedules implements FeeSchedules, InMemoryStore {

    private FeeSchedule stored;

    @Override
    public synchronized Optional<FeeSchedule> find() {
        return Optional.ofNullable(stored).map(s -> copy(s, s.version()));
    }

    @Override
    public synchronized FeeSchedule save(FeeSchedule schedule) {
        if (schedule.version() == 0 && stored != null) {
            throw new DomainException(ErrorCode.FEE_SCHEDULE_ALREADY_ESTABLISHED, "the platform already has a fee schedule");
        }
        if (schedule.version() != 0 && (stored == null || stored.version() != schedule.version())) {
            throw new DomainException(ErrorCode.STALE_VERSION,
                    "the fee schedule was changed by somebody else since version " + schedule.version());
        }
        stored = copy(schedule, schedule.version() + 1);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Object snapshot() {
        return Optional.ofNullable(stored);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        stored = ((Optional<FeeSchedule>) snapshot).orElse(null);
    }

    private static FeeSchedule copy(FeeSchedule schedule, long version) {
        return FeeSchedule.reconstitute(schedule.id(), schedule.versions(), schedule.partnerships(),
                schedule.memberships(), schedule.jointCosts(), version);
    }
}

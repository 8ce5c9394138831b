package se.esp.application.port.out;

import java.util.Optional;

import se.esp.domain.fee.FeeSchedule;

/** Where the platform's one fee schedule is kept. Called inside {@link Transactions#inTransaction}. */
public interface FeeSchedules {

    Optional<FeeSchedule> find();

    /**
     * Stores a new schedule (version 0) or a change to the stored one and returns it at its new version.
     *
     * @throws se.esp.domain.shared.DomainException {@code STALE_VERSION} if the stored version is not the one the
     *         schedule was read at; {@code FEE_SCHEDULE_ALREADY_ESTABLISHED} for a second new schedule
     */
    FeeSchedule save(FeeSchedule schedule);
}

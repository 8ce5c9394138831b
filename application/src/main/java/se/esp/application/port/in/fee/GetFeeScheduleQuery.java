package se.esp.application.port.in.fee;

import java.util.Optional;

import se.esp.application.security.ActingUser;
import se.esp.domain.fee.FeeSchedule;

public interface GetFeeScheduleQuery {

    /** The fee schedule with its whole history; platform administrators only. */
    FeeSchedule get(ActingUser actor);

    /** The fee schedule, or empty before the owner has established one; platform administrators only. */
    Optional<FeeSchedule> find(ActingUser actor);
}

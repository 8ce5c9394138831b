package se.esp.application.port.in.fee;

import se.esp.application.security.ActingUser;
import se.esp.domain.fee.FeeSchedule;

public interface GetFeeScheduleQuery {

    /** The fee schedule with its whole history; platform administrators only. */
    FeeSchedule get(ActingUser actor);
}

package se.esp.bootstrap.demo;

import java.time.Clock;
import java.time.LocalDate;

import se.esp.application.port.in.fee.FeeScheduleCommands;
import se.esp.application.port.in.fee.ManageFeeScheduleUseCase;
import se.esp.application.security.ActingUser;
import se.esp.domain.fee.DemoFeeRates;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Establishes the default demo fee schedule — the examples of DOMAIN.md — from 1 January of the current year,
 * through the ordinary use case. A schedule that exists is left as it is, so loading at every start changes nothing.
 */
public final class DemoFeeSchedule {

    private static final ActingUser LOADER = ActingUser.system("demo-data");

    private DemoFeeSchedule() {
    }

    /** @return whether the schedule was established now */
    public static boolean load(ManageFeeScheduleUseCase feeSchedule, Clock clock) {
        int year = LocalDate.now(clock).getYear();
        try {
            feeSchedule.establish(LOADER, new FeeScheduleCommands.Establish(
                    new RatesVersion(LocalDate.of(year, 1, 1), DemoFeeRates.pricesOf(year))));
            return true;
        } catch (DomainException e) {
            if (e.code() != ErrorCode.FEE_SCHEDULE_ALREADY_ESTABLISHED) {
                throw e;
            }
            return false;
        }
    }
}

package se.esp.bootstrap.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.esp.application.port.in.fee.FeeScheduleCommands;
import se.esp.application.port.in.fee.ManageFeeScheduleUseCase;
import se.esp.application.security.ActingUser;
import se.esp.domain.fee.FeeRates;
import se.esp.domain.fee.Indexation;
import se.esp.domain.fee.MembershipFees;
import se.esp.domain.fee.ParticipationFees;
import se.esp.domain.fee.PopulationBand;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Percentage;
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
                    new RatesVersion(LocalDate.of(year, 1, 1), ratesOf(year))));
            return true;
        } catch (DomainException e) {
            if (e.code() != ErrorCode.FEE_SCHEDULE_ALREADY_ESTABLISHED) {
                throw e;
            }
            return false;
        }
    }

    /**
     * The examples of DOMAIN.md ("Money: fee rules and settlement"): 5 % transaction fee, 10 % on resource hours,
     * membership by population band (under 10 000, 10 000–100 000 and over 100 000 become bands starting at 0,
     * 10 000 and 100 001), participation by level, indexed 5 % a year from {@code baseYear}.
     */
    static FeeRates ratesOf(int baseYear) {
        Map<ParticipationLevel, Money> participation = new EnumMap<>(ParticipationLevel.class);
        participation.put(ParticipationLevel.DRIVING, Money.ofKronor(1_000_000));
        participation.put(ParticipationLevel.ACTIVE, Money.ofKronor(500_000));
        participation.put(ParticipationLevel.PARTICIPATING, Money.ofKronor(200_000));
        participation.put(ParticipationLevel.ASSOCIATED, Money.ofKronor(50_000));
        return new FeeRates(Percentage.of(5), Percentage.of(10),
                new MembershipFees(List.of(
                        new PopulationBand(0, Money.ofKronor(5_000), Money.ofKronor(8_000)),
                        new PopulationBand(10_000, Money.ofKronor(10_000), Money.ofKronor(16_000)),
                        new PopulationBand(100_001, Money.ofKronor(20_000), Money.ofKronor(32_000)))),
                new ParticipationFees(participation),
                new Indexation(Percentage.of(5), baseYear));
    }
}

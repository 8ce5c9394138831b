package se.esp.application.port.in.fee;

import se.esp.application.security.ActingUser;
import se.esp.domain.fee.FeeSchedule;

/**
 * Changes to the fee rules; only a platform administrator may make them. A change may not reach into a closed
 * settlement period ({@code SETTLEMENT_PERIOD_CLOSED}): closed periods are final. Each returns the stored
 * schedule at its new version.
 */
public interface ManageFeeScheduleUseCase {

    FeeSchedule establish(ActingUser actor, FeeScheduleCommands.Establish command);

    FeeSchedule changeRates(ActingUser actor, FeeScheduleCommands.ChangeRates command);

    FeeSchedule agreePartnership(ActingUser actor, FeeScheduleCommands.AgreePartnership command);

    FeeSchedule admitMember(ActingUser actor, FeeScheduleCommands.AdmitMember command);

    FeeSchedule endAgreement(ActingUser actor, FeeScheduleCommands.EndAgreement command);

    FeeSchedule recordJointCost(ActingUser actor, FeeScheduleCommands.RecordJointCost command);

    FeeSchedule cancelJointCost(ActingUser actor, FeeScheduleCommands.CancelJointCost command);
}

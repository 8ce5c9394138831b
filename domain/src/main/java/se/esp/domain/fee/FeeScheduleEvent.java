package se.esp.domain.fee;

import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainEventVisitor;

/** Everything that can happen to the fee schedule. */
public sealed interface FeeScheduleEvent extends DomainEvent
        permits FeeScheduleEstablished, FeeRatesChanged, PartnershipAgreed, MembershipStarted, FeeAgreementEnded,
        JointCostRecorded, JointCostCancelled {

    FeeScheduleId scheduleId();

    @Override
    default String aggregateId() {
        return scheduleId().toString();
    }

    @Override
    default <R> R accept(DomainEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}

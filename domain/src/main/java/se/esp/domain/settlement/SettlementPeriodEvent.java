package se.esp.domain.settlement;

import java.time.YearMonth;

import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainEventVisitor;

/** Everything that can happen to a settlement period. */
public sealed interface SettlementPeriodEvent extends DomainEvent
        permits SettlementPeriodSettled, SettlementPeriodClosed {

    YearMonth period();

    @Override
    default String aggregateId() {
        return period().toString();
    }

    @Override
    default <R> R accept(DomainEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}

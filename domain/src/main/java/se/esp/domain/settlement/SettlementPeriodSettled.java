package se.esp.domain.settlement;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.Money;

/** A period was settled (again); its lines are those of this run. */
public record SettlementPeriodSettled(UUID eventId, Instant occurredAt, YearMonth period, int runNumber,
                                      int lineCount, Money feeRevenue) implements SettlementPeriodEvent {

    public SettlementPeriodSettled {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(feeRevenue, "feeRevenue");
    }
}

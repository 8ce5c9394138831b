package se.esp.domain.settlement;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/** A period was closed: its lines and the net positions are final; statements can be sent. */
public record SettlementPeriodClosed(UUID eventId, Instant occurredAt, YearMonth period, int runNumber,
                                     Map<OrganisationId, Money> netPositions) implements SettlementPeriodEvent {

    public SettlementPeriodClosed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(period, "period");
        netPositions = Map.copyOf(netPositions);
    }
}

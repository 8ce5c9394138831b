package se.esp.domain.settlement;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/** One organisation's lines of one period, and its net: what it owes (negative) or is owed (positive). */
public record Statement(YearMonth period, OrganisationId organisation, PeriodStatus status,
                        List<SettlementLine> lines) {

    public Statement {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
    }

    public Money net() {
        return Money.sum(lines.stream().map(SettlementLine::amount).toList());
    }

    public boolean owes() {
        return net().isNegative();
    }
}

package se.esp.domain.settlement;

import java.util.Comparator;
import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/**
 * The sum of one organisation's lines of one kind in a period's latest run. A period keeps these (a few per
 * organisation) instead of its lines, which can run to millions and are read per organisation when a statement is
 * asked for.
 */
public record SettlementTotal(OrganisationId organisation, LineKind kind, Money amount) {

    public static final Comparator<SettlementTotal> ORDER = Comparator
            .comparing((SettlementTotal t) -> t.organisation().toString())
            .thenComparing(SettlementTotal::kind);

    public SettlementTotal {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
    }
}

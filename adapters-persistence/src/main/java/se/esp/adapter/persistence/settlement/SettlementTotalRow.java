package se.esp.adapter.persistence.settlement;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.settlement.SettlementTotal;
import se.esp.domain.shared.Money;

/** A row of {@code settlement_total}; the period is the collection's key column. */
@Embeddable
public class SettlementTotalRow {

    @Column(name = "organisation_id", length = 36, nullable = false)
    String organisationId;

    @Column(name = "kind", length = 32, nullable = false)
    String kind;

    @Column(name = "amount_ore", nullable = false)
    long amountOre;

    protected SettlementTotalRow() {
    }

    static SettlementTotalRow of(SettlementTotal total) {
        SettlementTotalRow row = new SettlementTotalRow();
        row.organisationId = total.organisation().toString();
        row.kind = total.kind().name();
        row.amountOre = total.amount().ore();
        return row;
    }

    SettlementTotal toDomain() {
        return new SettlementTotal(new OrganisationId(UUID.fromString(organisationId)), LineKind.valueOf(kind),
                Money.ofOre(amountOre));
    }
}

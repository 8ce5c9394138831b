package se.esp.adapter.persistence.settlement;

import java.time.YearMonth;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.Cause;
import se.esp.domain.settlement.CauseType;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.shared.Money;

/** A row of {@code settlement_line}; the period and line number are the collection's key and order columns. */
@Embeddable
public class SettlementLineRow {

    @Column(name = "organisation_id", length = 36, nullable = false)
    String organisationId;

    @Column(name = "kind", length = 32, nullable = false)
    String kind;

    @Column(name = "amount_ore", nullable = false)
    long amountOre;

    @Column(name = "cause_type", length = 32, nullable = false)
    String causeType;

    @Column(name = "cause_id", length = 64, nullable = false)
    String causeId;

    @Column(name = "cause_detail", length = 64)
    String causeDetail;

    @Column(name = "rule_ref", length = 64)
    String ruleRef;

    @Column(name = "counterparty_id", length = 36)
    String counterpartyId;

    @Column(name = "corrects_period", length = 7)
    String correctsPeriod;

    @Column(name = "description", length = 500, nullable = false)
    String description;

    protected SettlementLineRow() {
    }

    static SettlementLineRow of(SettlementLine line) {
        SettlementLineRow row = new SettlementLineRow();
        row.organisationId = line.organisation().toString();
        row.kind = line.kind().name();
        row.amountOre = line.amount().ore();
        row.causeType = line.cause().type().name();
        row.causeId = line.cause().id();
        row.causeDetail = line.cause().detail();
        row.ruleRef = line.rule();
        row.counterpartyId = line.counterparty() == null ? null : line.counterparty().toString();
        row.correctsPeriod = line.corrects() == null ? null : line.corrects().toString();
        row.description = line.description().length() > 500 ? line.description().substring(0, 500)
                : line.description();
        return row;
    }

    SettlementLine toDomain(YearMonth period) {
        return line(period, organisationId, kind, amountOre, causeType, causeId, causeDetail, ruleRef, counterpartyId,
                correctsPeriod, description);
    }

    static SettlementLine line(YearMonth period, String organisationId, String kind, long amountOre, String causeType,
                               String causeId, String causeDetail, String ruleRef, String counterpartyId,
                               String correctsPeriod, String description) {
        return new SettlementLine(period, new OrganisationId(UUID.fromString(organisationId)), LineKind.valueOf(kind),
                Money.ofOre(amountOre), new Cause(CauseType.valueOf(causeType), causeId, causeDetail), ruleRef,
                counterpartyId == null ? null : new OrganisationId(UUID.fromString(counterpartyId)),
                correctsPeriod == null ? null : YearMonth.parse(correctsPeriod), description);
    }
}

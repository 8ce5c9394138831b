package se.esp.domain.settlement;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/** A period's settlement lines with the sums people ask for: net per organisation and the owner's fee revenue. */
public record SettlementResult(YearMonth period, OrganisationId owner, List<SettlementLine> lines) {

    public SettlementResult {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(owner, "owner");
        lines = List.copyOf(lines);
    }

    /** Net per organisation (negative: owes), ordered by organisation id. */
    public Map<OrganisationId, Money> netPositions() {
        return netPositions(lines);
    }

    public static Map<OrganisationId, Money> netPositions(List<SettlementLine> lines) {
        Map<OrganisationId, Money> net = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (SettlementLine line : lines) {
            net.merge(line.organisation(), line.amount(), Money::plus);
        }
        return net;
    }

    public Money netOf(OrganisationId organisation) {
        return netPositions().getOrDefault(organisation, Money.ZERO);
    }

    /** Sum of every line; zero by construction. */
    public Money total() {
        return Money.sum(lines.stream().map(SettlementLine::amount).toList());
    }

    /** The owner's revenue per fee kind (corrections included). */
    public Map<LineKind, Money> ownerFeeRevenue() {
        return feeRevenue(owner, lines);
    }

    public static Map<LineKind, Money> feeRevenue(OrganisationId owner, List<SettlementLine> lines) {
        Map<LineKind, Money> revenue = new EnumMap<>(LineKind.class);
        for (SettlementLine line : lines) {
            if (line.organisation().equals(owner) && line.kind().isFee()) {
                revenue.merge(line.kind(), line.amount(), Money::plus);
            }
        }
        return revenue;
    }
}

package se.esp.domain.settlement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import se.esp.domain.fee.FeeCharge;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/**
 * Computes a period's settlement lines from its inputs. Every item produces lines that sum to zero on their own —
 * what one organisation owes, another is owed — so the whole period sums to exactly zero across all organisations,
 * the owner included. The result depends only on the input, and lines come in {@link SettlementLine#ORDER}, so
 * settling the same input again gives identical lines.
 */
public final class SettlementCalculator {

    private SettlementCalculator() {
    }

    public static SettlementResult settle(SettlementInput input) {
        List<SettlementLine> lines = new ArrayList<>();
        for (SoldDelivery delivery : input.deliveries()) {
            delivery(input, delivery, lines);
        }
        for (FeeCharge fee : input.fees()) {
            fee(input, fee, lines);
        }
        for (Reversal reversal : input.reversals()) {
            for (SettlementLine original : reversal.originalLines()) {
                lines.add(new SettlementLine(input.period(), original.organisation(), original.kind(),
                        original.amount().negate(), original.cause(), original.rule(), original.counterparty(),
                        reversal.originalPeriod(), "Correction of " + reversal.originalPeriod() + " ("
                        + reversal.reason() + "): " + original.description()));
            }
        }
        lines.removeIf(line -> line.amount().isZero());
        return new SettlementResult(input.period(), input.owner(), sorted(lines));
    }

    /**
     * {@link SettlementLine#ORDER}, computed by grouping per organisation first: a month can have millions of lines,
     * and comparing organisation ids as text on every comparison would dominate the whole settlement.
     */
    private static List<SettlementLine> sorted(List<SettlementLine> lines) {
        Map<OrganisationId, List<SettlementLine>> byOrganisation = new HashMap<>();
        for (SettlementLine line : lines) {
            byOrganisation.computeIfAbsent(line.organisation(), o -> new ArrayList<>()).add(line);
        }
        TreeMap<String, List<SettlementLine>> ordered = new TreeMap<>();
        byOrganisation.forEach((organisation, own) -> ordered.put(organisation.toString(), own));
        List<SettlementLine> result = new ArrayList<>(lines.size());
        for (List<SettlementLine> own : ordered.values()) {
            own.sort(SettlementLine.WITHIN_ORGANISATION);
            result.addAll(own);
        }
        return result;
    }

    private static void delivery(SettlementInput input, SoldDelivery delivery, List<SettlementLine> lines) {
        YearMonth period = input.period();
        OrganisationId supplier = delivery.supplier();
        List<Money> parts = delivery.purchases().get(0).share() != null
                ? delivery.purchases().stream().map(Purchase::share).toList()
                : delivery.price().allocate(delivery.purchases().stream().map(Purchase::participants).toList());
        long participants = delivery.purchases().stream().mapToLong(Purchase::participants).sum();
        for (int i = 0; i < parts.size(); i++) {
            Purchase purchase = delivery.purchases().get(i);
            lines.add(new SettlementLine(period, purchase.buyer(), LineKind.DELIVERY_BOUGHT, parts.get(i).negate(),
                    new Cause(CauseType.DELIVERY, delivery.deliveryId(), purchase.applicationId()), null, supplier,
                    null, "Bought: " + purchase.participants() + " of " + participants + " participants of delivery "
                    + delivery.deliveryId() + " at " + delivery.price().toPlainString()));
        }
        Cause sold = new Cause(CauseType.DELIVERY, delivery.deliveryId(), null);
        lines.add(new SettlementLine(period, supplier, LineKind.DELIVERY_SOLD, delivery.price(), sold, null, null,
                null, "Sold: delivery " + delivery.deliveryId() + " to " + delivery.purchases().size() + " buyer(s)"));

        Optional<RatesVersion> rates = input.scheduleIfAny().flatMap(s -> s.ratesOn(delivery.soldOn()));
        if (rates.isPresent()) {
            Money fee = rates.get().rates().transactionFee().of(delivery.price());
            String why = "Transaction fee " + rates.get().rates().transactionFee() + " of "
                    + delivery.price().toPlainString();
            lines.add(new SettlementLine(period, supplier, LineKind.TRANSACTION_FEE, fee.negate(), sold,
                    rates.get().reference(), input.owner(), null, why));
            lines.add(new SettlementLine(period, input.owner(), LineKind.TRANSACTION_FEE, fee, sold,
                    rates.get().reference(), supplier, null, why));
        }
        for (ResourceHours hours : delivery.hours()) {
            if (hours.employer().equals(supplier)) {
                continue; // the supplier's own staff: nothing changes hands
            }
            Money cost = hours.cost();
            Cause cause = new Cause(CauseType.DELIVERY, delivery.deliveryId(), hours.resourceId());
            String why = "Resource hours: " + hours.hours().toPlainString() + " h at "
                    + hours.hourlyRate().toPlainString() + " for delivery " + delivery.deliveryId();
            lines.add(new SettlementLine(period, supplier, LineKind.RESOURCE_HOURS, cost.negate(), cause, null,
                    hours.employer(), null, why));
            lines.add(new SettlementLine(period, hours.employer(), LineKind.RESOURCE_HOURS, cost, cause, null,
                    supplier, null, why));
        }
    }

    private static void fee(SettlementInput input, FeeCharge fee, List<SettlementLine> lines) {
        if (fee.payer().equals(input.owner())) {
            return; // the owner does not pay itself
        }
        LineKind kind = LineKind.of(fee.kind());
        Cause cause = new Cause(CauseType.of(fee.kind()), fee.sourceId(), null);
        lines.add(new SettlementLine(input.period(), fee.payer(), kind, fee.amount().negate(), cause, fee.rule(),
                input.owner(), null, fee.description()));
        lines.add(new SettlementLine(input.period(), input.owner(), kind, fee.amount(), cause, fee.rule(),
                fee.payer(), null, fee.description()));
    }
}

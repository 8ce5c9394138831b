package se.esp.domain.settlement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/**
 * One document of a closed month between the owner and one organisation, with its lines and its amounts as the
 * document states them: every amount is what the document charges (an invoice), pays (a self-billing invoice or a
 * payment advice) or credits (a credit note), positive in the ordinary case. Writers (Peppol, text) only lay it out.
 *
 * @param period    the month whose statement it comes from
 * @param corrects  for a correction document, the closed month it corrects; otherwise {@code null}
 * @param refersTo  for a correction document, the number of the document it corrects; otherwise {@code null}
 */
public record SettlementDocument(DocumentKind kind, String number, YearMonth period, OrganisationId organisation,
                                 YearMonth corrects, String refersTo, List<SettlementLine> lines) {

    /** The taxable amount of one VAT category on the document and the VAT on it. */
    public record TaxSubtotal(VatCategory category, Money taxable, Money tax) {
    }

    public SettlementDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(organisation, "organisation");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a document has at least one line");
        }
    }

    /**
     * A statement line's amount on this document. A statement counts what the organisation is owed as positive;
     * an invoice charges what it owes, and a self-billing credit note takes back what it was owed, so those two
     * turn the sign.
     */
    public Money amountOf(SettlementLine line) {
        return kind == DocumentKind.INVOICE || kind == DocumentKind.SELF_BILLING_CREDIT_NOTE
                ? line.amount().negate() : line.amount();
    }

    /** The sum of the lines, net of VAT. */
    public Money lineTotal() {
        return Money.sum(lines.stream().map(this::amountOf).toList());
    }

    /** Per VAT category (ordered by code), the taxable amount and the VAT on it, each rounded once. */
    public List<TaxSubtotal> taxSubtotals() {
        Map<String, Money> taxable = new TreeMap<>();
        Map<String, VatCategory> categories = new TreeMap<>();
        for (SettlementLine line : lines) {
            VatCategory category = VatCategory.of(line.kind());
            taxable.merge(category.code(), amountOf(line), Money::plus);
            categories.put(category.code(), category);
        }
        List<TaxSubtotal> subtotals = new ArrayList<>();
        taxable.forEach((code, amount) -> subtotals.add(new TaxSubtotal(categories.get(code), amount,
                categories.get(code).taxOn(amount))));
        return subtotals;
    }

    public Money taxTotal() {
        return Money.sum(taxSubtotals().stream().map(TaxSubtotal::tax).toList());
    }

    /** What is to be paid (or credited): the lines and the VAT. */
    public Money payable() {
        return lineTotal().plus(taxTotal());
    }

    public Optional<YearMonth> correctsIfAny() {
        return Optional.ofNullable(corrects);
    }
}

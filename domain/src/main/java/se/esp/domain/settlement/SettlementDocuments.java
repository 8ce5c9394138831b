package se.esp.domain.settlement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Which documents an organisation gets for a closed month. The owner settles with everybody, so every line of a
 * statement is between the organisation and the owner, and the lines fall on documents by direction:
 * <ul>
 *   <li>the month's lines that the organisation owes (negative) go on one <b>invoice</b> from the owner;</li>
 *   <li>the month's lines it is owed (positive) — deliveries it sold, its staff's hours — go on one
 *   <b>self-billing invoice</b> the owner issues on its behalf, or on a <b>payment advice</b>, as the owner
 *   configures ({@link OwedMoneyDocument});</li>
 *   <li>correction lines, per closed month they correct: those in the organisation's favour (they negate lines it
 *   owed) on a <b>credit note</b> referring to that month's invoice; those against it (they negate lines it was
 *   owed) on a <b>self-billing credit note</b> referring to that month's self-billing invoice (or a payment advice
 *   referring to that month's advice).</li>
 * </ul>
 * Splitting by direction rather than netting keeps each document one party's supplies: the organisation's exempt
 * sales are never a VAT-bearing credit on the owner's invoice, nor the owner's fees a deduction on the
 * organisation's self-billing invoice. What actually changes hands is still the statement's net. The owner itself
 * gets no documents; an open month has none yet (its lines are not final).
 */
public final class SettlementDocuments {

    private SettlementDocuments() {
    }

    /**
     * @throws DomainException {@code SETTLEMENT_PERIOD_OPEN} while the statement's month is open
     */
    public static List<SettlementDocument> of(Statement statement, OrganisationNumber number, OrganisationId owner,
                                              OwedMoneyDocument owed) {
        Objects.requireNonNull(owed, "owed");
        if (statement.status() != PeriodStatus.CLOSED) {
            throw new DomainException(ErrorCode.SETTLEMENT_PERIOD_OPEN, statement.period()
                    + " is still open; close it to issue its documents");
        }
        List<SettlementDocument> documents = new ArrayList<>();
        if (statement.organisation().equals(owner)) {
            return documents;
        }
        YearMonth period = statement.period();
        List<SettlementLine> owes = new ArrayList<>();
        List<SettlementLine> owedLines = new ArrayList<>();
        Map<YearMonth, List<SettlementLine>> credits = new TreeMap<>();
        Map<YearMonth, List<SettlementLine>> debits = new TreeMap<>();
        for (SettlementLine line : statement.lines()) {
            if (line.amount().isZero()) {
                continue;
            }
            boolean positive = line.amount().isPositive();
            if (line.corrects() == null) {
                (positive ? owedLines : owes).add(line);
            } else {
                (positive ? credits : debits).computeIfAbsent(line.corrects(), c -> new ArrayList<>()).add(line);
            }
        }
        DocumentKind owedKind = owed == OwedMoneyDocument.PAYMENT_ADVICE
                ? DocumentKind.PAYMENT_ADVICE : DocumentKind.SELF_BILLING_INVOICE;
        if (!owes.isEmpty()) {
            documents.add(new SettlementDocument(DocumentKind.INVOICE, number(DocumentKind.INVOICE, period, number),
                    period, statement.organisation(), null, null, owes));
        }
        if (!owedLines.isEmpty()) {
            documents.add(new SettlementDocument(owedKind, number(owedKind, period, number), period,
                    statement.organisation(), null, null, owedLines));
        }
        credits.forEach((corrected, lines) -> documents.add(new SettlementDocument(DocumentKind.CREDIT_NOTE,
                number(DocumentKind.CREDIT_NOTE, period, number) + "-" + corrected, period, statement.organisation(),
                corrected, number(DocumentKind.INVOICE, corrected, number), lines)));
        DocumentKind debitKind = owed == OwedMoneyDocument.PAYMENT_ADVICE
                ? DocumentKind.PAYMENT_ADVICE : DocumentKind.SELF_BILLING_CREDIT_NOTE;
        debits.forEach((corrected, lines) -> documents.add(new SettlementDocument(debitKind,
                number(debitKind, period, number) + "-" + corrected, period, statement.organisation(), corrected,
                number(owedKind, corrected, number), lines)));
        return documents;
    }

    /** The number of a month's document of a kind, e.g. {@code ESP-2026-11-2120000811}, {@code ESP-SB-2026-11-…}. */
    public static String number(DocumentKind kind, YearMonth period, OrganisationNumber organisation) {
        return kind.prefix() + period + "-" + organisation.value();
    }
}

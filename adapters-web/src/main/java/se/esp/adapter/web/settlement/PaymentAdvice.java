package se.esp.adapter.web.settlement;

import java.time.LocalDate;

import se.esp.application.port.in.settlement.StatementView;
import se.esp.domain.settlement.DocumentKind;
import se.esp.domain.settlement.SettlementDocument;
import se.esp.domain.settlement.SettlementLine;

/**
 * A payment advice (betalningsavisering) as plain UTF-8 text: for owners who configure it instead of self-billing
 * invoices, the organisation learns what the owner will pay it (or, for a correction, deduct) and invoices the owner
 * itself. One line per settlement line, amounts with two decimals, the total at the end.
 */
public final class PaymentAdvice {

    private PaymentAdvice() {
    }

    public static String write(SettlementDocument advice, StatementView view, LocalDate issued) {
        if (advice.kind() != DocumentKind.PAYMENT_ADVICE) {
            throw new IllegalArgumentException(advice.number() + " is not a payment advice");
        }
        StringBuilder text = new StringBuilder();
        text.append("Betalningsavisering ").append(advice.number()).append('\n');
        text.append("Datum: ").append(issued).append('\n');
        text.append("Från: ").append(view.owner().name().value()).append(" (").append(view.owner().number().value())
                .append(")\n");
        text.append("Till: ").append(view.organisation().name().value()).append(" (")
                .append(view.organisation().number().value()).append(")\n");
        text.append("Avräkning: ").append(advice.period()).append('\n');
        if (advice.refersTo() != null) {
            text.append("Rättelse av: ").append(advice.refersTo()).append(" (").append(advice.corrects())
                    .append(")\n");
        }
        text.append('\n');
        for (SettlementLine line : advice.lines()) {
            text.append(advice.amountOf(line).toPlainString()).append('\t')
                    .append(PeppolInvoice.itemName(line, view)).append('\t').append(line.description()).append('\n');
        }
        text.append('\n');
        text.append("Att betala till er, exklusive moms: ").append(advice.lineTotal().toPlainString()).append(" SEK\n");
        text.append("Moms: ").append(advice.taxTotal().toPlainString()).append(" SEK\n");
        text.append("Summa: ").append(advice.payable().toPlainString()).append(" SEK\n");
        text.append("Fakturera ").append(view.owner().name().value()).append(" med referens ").append(advice.number())
                .append(".\n");
        return text.toString();
    }
}

package se.esp.adapter.web.settlement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.application.port.in.settlement.StatementDocuments;
import se.esp.application.port.in.settlement.StatementView;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.settlement.CauseType;
import se.esp.domain.settlement.DocumentKind;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.settlement.PeriodStatus;
import se.esp.domain.settlement.SettlementDocument;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.settlement.SettlementRun;
import se.esp.domain.shared.Money;

/**
 * The settlement API's response models: what is written and what the OpenAPI document describes, from the same
 * records. Amounts are decimal strings in kronor with two decimals ({@code "-13000.00"}; negative: owed), written
 * from the exact öre, never through a binary floating point. Settlement takes no request bodies.
 */
final class SettlementModels {

    private SettlementModels() {
    }

    /** Not a model of its own: describes the values of the amounts keyed by line kind in the document. */
    @Schema(name = "SettlementAmount", type = SchemaType.STRING, format = "decimal", example = "975.00",
            description = "Kronor with two decimals")
    interface AmountView {
    }

    @Schema(name = "SettlementPeriod", description = "A settled month: its status, runs, every organisation's net "
            + "position and the owner's fee revenue of the latest run", additionalProperties = Schema.False.class)
    record PeriodView(
            @Schema(required = true, pattern = "\\d{4}-\\d{2}", example = "2026-11") String period,
            @Schema(required = true) PeriodStatus status,
            @Schema(required = true, nullable = true, format = "uuid",
                    description = "The owner organisation, which settles with everybody; null before a run")
            String ownerId,
            @Schema(required = true, nullable = true, format = "date-time", example = "2026-12-01T08:00:00Z",
                    description = "null while open")
            Instant closedAt,
            @Schema(required = true, minimum = "0", example = "5", description = "Lines of the latest run")
            int lineCount,
            @Schema(required = true, format = "decimal", example = "0.00",
                    description = "The sum of the net positions: always 0.00")
            String total,
            @Schema(required = true, description = "By organisation id") List<NetPositionView> netPositions,
            @Schema(required = true, description = "The owner's revenue per fee kind (TRANSACTION_FEE, PARTNER_FEE, "
                    + "…) in kronor; kinds without revenue are left out",
                    example = "{\"TRANSACTION_FEE\": \"975.00\"}", additionalProperties = AmountView.class)
            Map<String, String> ownerFeeRevenue,
            @Schema(required = true, description = "Every run, the first first") List<RunView> runs,
            @Schema(required = true, description = "The version; also the ETag", example = "1") long version) {

        static PeriodView of(SettlementPeriod period) {
            Map<String, String> revenue = new LinkedHashMap<>();
            period.feeRevenue().forEach((kind, amount) -> revenue.put(kind.name(), amount.toPlainString()));
            return new PeriodView(period.period().toString(), period.status(),
                    period.owner().map(Object::toString).orElse(null), period.closedAt().orElse(null),
                    period.lineCount(), Money.sum(List.copyOf(period.netPositions().values())).toPlainString(),
                    period.netPositions().entrySet().stream().map(net -> new NetPositionView(
                            net.getKey().toString(), net.getValue().toPlainString())).toList(),
                    revenue, period.runs().stream().map(RunView::of).toList(), period.version());
        }
    }

    @Schema(name = "NetPosition", description = "What an organisation is owed (positive) or owes (negative) for the "
            + "month", additionalProperties = Schema.False.class)
    record NetPositionView(
            @Schema(required = true, format = "uuid") String organisationId,
            @Schema(required = true, format = "decimal", example = "14025.00") String net) {
    }

    @Schema(name = "SettlementRun", description = "One settlement of the month from the sources of that moment",
            additionalProperties = Schema.False.class)
    record RunView(
            @Schema(required = true, minimum = "1", example = "1") int number,
            @Schema(required = true, format = "date-time", example = "2026-11-30T10:00:00Z") Instant ranAt,
            @Schema(required = true, minimum = "0", example = "5") int lineCount,
            @Schema(required = true, format = "decimal", example = "975.00",
                    description = "The owner's fee revenue of this run")
            String feeRevenue) {

        static RunView of(SettlementRun run) {
            return new RunView(run.number(), run.ranAt(), run.lineCount(), run.feeRevenue().toPlainString());
        }
    }

    @Schema(name = "SettlementPeriodList", description = "Settled months, newest first",
            additionalProperties = Schema.False.class)
    record PeriodListView(
            @Schema(required = true) List<PeriodSummaryView> items) {

        static PeriodListView of(List<SettlementPeriod> periods) {
            return new PeriodListView(periods.stream().map(p -> new PeriodSummaryView(p.period().toString(),
                    p.status(), p.runs().size(), p.lineCount())).toList());
        }
    }

    @Schema(name = "SettlementPeriodSummary", additionalProperties = Schema.False.class)
    record PeriodSummaryView(
            @Schema(required = true, pattern = "\\d{4}-\\d{2}", example = "2026-11") String period,
            @Schema(required = true) PeriodStatus status,
            @Schema(required = true, minimum = "0", example = "1", description = "How many runs") int runs,
            @Schema(required = true, minimum = "0", example = "5") int lineCount) {
    }

    @Schema(name = "Statement", description = "One organisation's lines and net for a month",
            additionalProperties = Schema.False.class)
    record OrganisationStatementView(
            @Schema(required = true, pattern = "\\d{4}-\\d{2}", example = "2026-11") String period,
            @Schema(required = true) PeriodStatus status,
            @Schema(required = true, format = "uuid") String organisationId,
            @Schema(required = true, example = "212000-0837") String organisationNumber,
            @Schema(required = true, example = "Ronneby kommun") String name,
            @Schema(required = true, format = "decimal", example = "14025.00",
                    description = "Positive: the organisation is owed; negative: it owes")
            String net,
            @Schema(required = true, description = "The sum of the lines per kind, in the order of the kinds; kinds "
                    + "that sum to 0 are left out",
                    example = "{\"DELIVERY_SOLD\": \"19500.00\", \"TRANSACTION_FEE\": \"-975.00\", "
                            + "\"RESOURCE_HOURS\": \"-4500.00\"}",
                    additionalProperties = AmountView.class)
            Map<String, String> byKind,
            @Schema(required = true) List<LineView> lines) {

        static OrganisationStatementView of(StatementView view) {
            List<SettlementLine> lines = view.statement().lines();
            Map<String, String> byKind = new LinkedHashMap<>();
            for (LineKind kind : LineKind.values()) {
                Money sum = Money.sum(lines.stream().filter(l -> l.kind() == kind).map(SettlementLine::amount)
                        .toList());
                if (!sum.isZero()) {
                    byKind.put(kind.name(), sum.toPlainString());
                }
            }
            return new OrganisationStatementView(view.statement().period().toString(),
                    view.statement().status(), view.organisation().id().toString(),
                    view.organisation().number().formatted(), view.organisation().name().value(),
                    view.statement().net().toPlainString(), byKind,
                    lines.stream().map(line -> LineView.of(line, view)).toList());
        }
    }

    @Schema(name = "SettlementLine", description = "One amount an organisation owes (negative) or is owed "
            + "(positive), traced to what caused it", additionalProperties = Schema.False.class)
    record LineView(
            @Schema(required = true) LineKind kind,
            @Schema(required = true, format = "decimal", example = "-13000.00") String amount,
            @Schema(required = true) CauseType causeType,
            @Schema(required = true, description = "The id of what caused the line, e.g. the delivery's")
            String causeId,
            @Schema(required = true, nullable = true, description = "More about the cause, when there is more")
            String causeDetail,
            @Schema(required = true, nullable = true, example = "fee-schedule@2026-01-01",
                    description = "The rule that decided the amount")
            String rule,
            @Schema(required = true, nullable = true, format = "uuid",
                    description = "The organisation on the other side, if one")
            String counterpartyId,
            @Schema(required = true, nullable = true, example = "Olofströms kommun") String counterpartyName,
            @Schema(required = true, nullable = true, pattern = "\\d{4}-\\d{2}", example = "2026-10",
                    description = "For a correction, the closed month whose line it corrects")
            String corrects,
            @Schema(required = true, example = "Studievägledning online, arabiska") String description) {

        static LineView of(SettlementLine line, StatementView view) {
            Organisation counterparty = line.counterparty() == null ? null
                    : view.counterparties().get(line.counterparty());
            return new LineView(line.kind(), line.amount().toPlainString(), line.cause().type(), line.cause().id(),
                    line.cause().detail(), line.rule(),
                    line.counterparty() == null ? null : line.counterparty().toString(),
                    counterparty == null ? null : counterparty.name().value(),
                    line.corrects() == null ? null : line.corrects().toString(), line.description());
        }
    }

    @Schema(name = "SettlementDocuments", description = "An organisation's documents for a closed month",
            additionalProperties = Schema.False.class)
    record DocumentListView(
            @Schema(required = true, pattern = "\\d{4}-\\d{2}", example = "2026-11") String period,
            @Schema(required = true, format = "uuid") String organisationId,
            @Schema(required = true, description = "Invoice, self-billing invoice or payment advice of the month, "
                    + "then credit notes per corrected month; empty for the owner")
            List<DocumentView> documents) {

        static DocumentListView of(StatementDocuments documents) {
            StatementView view = documents.view();
            return new DocumentListView(view.statement().period().toString(), view.organisation().id().toString(),
                    documents.documents().stream().map(DocumentView::of).toList());
        }
    }

    @Schema(name = "SettlementDocument", description = "One document between the owner and the organisation; "
            + "amounts as the document states them (what it charges, pays or credits)",
            additionalProperties = Schema.False.class)
    record DocumentView(
            @Schema(required = true) DocumentKind kind,
            @Schema(required = true, example = "ESP-SB-2026-11-2120000837",
                    description = "The document number; also the last part of its download path") String number,
            @Schema(required = true, nullable = true, pattern = "\\d{4}-\\d{2}", example = "2026-10",
                    description = "For a credit note, the closed month it corrects") String corrects,
            @Schema(required = true, nullable = true, example = "ESP-2026-10-2120000837",
                    description = "For a credit note, the document it credits") String refersTo,
            @Schema(required = true, minimum = "1", example = "2") int lineCount,
            @Schema(required = true, format = "decimal", example = "19500.00") String lineTotal,
            @Schema(required = true, format = "decimal", example = "0.00") String tax,
            @Schema(required = true, format = "decimal", example = "19500.00") String payable,
            @Schema(required = true, example = "application/xml",
                    description = "application/xml (Peppol BIS Billing 3.0) or text/plain (payment advice)")
            String mediaType) {

        static DocumentView of(SettlementDocument document) {
            return new DocumentView(document.kind(), document.number(),
                    document.corrects() == null ? null : document.corrects().toString(), document.refersTo(),
                    document.lines().size(), document.lineTotal().toPlainString(),
                    document.taxTotal().toPlainString(), document.payable().toPlainString(),
                    document.kind() == DocumentKind.PAYMENT_ADVICE ? "text/plain" : "application/xml");
        }
    }
}

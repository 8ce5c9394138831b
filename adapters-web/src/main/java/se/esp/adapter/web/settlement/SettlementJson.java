package se.esp.adapter.web.settlement;

import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import se.esp.application.port.in.settlement.StatementView;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.shared.Money;

/** The JSON of settlement periods and statements; amounts are decimal strings in kronor. */
final class SettlementJson {

    private SettlementJson() {
    }

    static JsonObject period(SettlementPeriod period) {
        JsonArrayBuilder runs = Json.createArrayBuilder();
        period.runs().forEach(run -> runs.add(Json.createObjectBuilder()
                .add("number", run.number())
                .add("ranAt", run.ranAt().toString())
                .add("lineCount", run.lineCount())
                .add("feeRevenue", run.feeRevenue().toPlainString())));
        JsonArrayBuilder nets = Json.createArrayBuilder();
        period.netPositions().forEach((organisation, net) -> nets.add(Json.createObjectBuilder()
                .add("organisationId", organisation.toString())
                .add("net", net.toPlainString())));
        JsonObjectBuilder revenue = Json.createObjectBuilder();
        period.feeRevenue().forEach((kind, amount) -> revenue.add(kind.name(), amount.toPlainString()));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("period", period.period().toString())
                .add("status", period.status().name());
        period.owner().ifPresentOrElse(o -> json.add("ownerId", o.toString()), () -> json.addNull("ownerId"));
        period.closedAt().ifPresentOrElse(at -> json.add("closedAt", at.toString()), () -> json.addNull("closedAt"));
        return json.add("lineCount", period.lineCount())
                .add("total", Money.sum(List.copyOf(period.netPositions().values())).toPlainString())
                .add("netPositions", nets)
                .add("ownerFeeRevenue", revenue)
                .add("runs", runs)
                .add("version", period.version())
                .build();
    }

    static JsonObject periods(List<SettlementPeriod> periods) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        periods.forEach(p -> items.add(Json.createObjectBuilder()
                .add("period", p.period().toString())
                .add("status", p.status().name())
                .add("runs", p.runs().size())
                .add("lineCount", p.lineCount())));
        return Json.createObjectBuilder().add("items", items).build();
    }

    static JsonObject statement(StatementView view) {
        Map<OrganisationId, Organisation> counterparties = view.counterparties();
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (SettlementLine line : view.statement().lines()) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("kind", line.kind().name())
                    .add("amount", line.amount().toPlainString())
                    .add("causeType", line.cause().type().name())
                    .add("causeId", line.cause().id());
            nullable(json, "causeDetail", line.cause().detail());
            nullable(json, "rule", line.rule());
            Organisation counterparty = line.counterparty() == null ? null : counterparties.get(line.counterparty());
            nullable(json, "counterpartyId", line.counterparty() == null ? null : line.counterparty().toString());
            nullable(json, "counterpartyName", counterparty == null ? null : counterparty.name().value());
            nullable(json, "corrects", line.corrects() == null ? null : line.corrects().toString());
            lines.add(json.add("description", line.description()));
        }
        JsonObjectBuilder revenue = Json.createObjectBuilder();
        for (LineKind kind : LineKind.values()) {
            Money sum = Money.sum(view.statement().lines().stream().filter(l -> l.kind() == kind)
                    .map(SettlementLine::amount).toList());
            if (!sum.isZero()) {
                revenue.add(kind.name(), sum.toPlainString());
            }
        }
        return Json.createObjectBuilder()
                .add("period", view.statement().period().toString())
                .add("status", view.statement().status().name())
                .add("organisationId", view.organisation().id().toString())
                .add("organisationNumber", view.organisation().number().formatted())
                .add("name", view.organisation().name().value())
                .add("net", view.statement().net().toPlainString())
                .add("byKind", revenue)
                .add("lines", lines)
                .build();
    }

    private static void nullable(JsonObjectBuilder json, String field, String value) {
        if (value == null) {
            json.addNull(field);
        } else {
            json.add(field, value);
        }
    }
}

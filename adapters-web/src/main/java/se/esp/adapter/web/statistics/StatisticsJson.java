package se.esp.adapter.web.statistics;

import java.math.BigDecimal;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import se.esp.application.port.in.statistics.OfferingBreakdown;
import se.esp.application.port.in.statistics.OfferingCoverage;
import se.esp.application.port.in.statistics.RuleBreakdown;
import se.esp.application.port.in.statistics.Series;
import se.esp.application.port.in.statistics.StatisticsReport;

/**
 * Statistics as chart-ready JSON: {@code months} is the x axis, each series has one value per month. Counts are
 * numbers, hours and percentages numbers with two decimals; amounts (unit {@code SEK}) are decimal strings in kronor,
 * with the same values in öre as integers beside them ({@code ore}, {@code totalOre}), so no client rounds money
 * through a float.
 */
final class StatisticsJson {

    private StatisticsJson() {
    }

    static JsonObject of(StatisticsReport report) {
        JsonArrayBuilder months = Json.createArrayBuilder();
        report.range().months().forEach(m -> months.add(m.toString()));
        JsonObjectBuilder json = Json.createObjectBuilder();
        report.organisationIfAny().ifPresentOrElse(o -> json.add("organisationId", o.toString()),
                () -> json.addNull("organisationId"));
        json.add("from", report.range().from().toString())
                .add("to", report.range().to().toString())
                .add("months", months)
                .add("series", series(report.series()));
        JsonArrayBuilder byOffering = Json.createArrayBuilder();
        for (OfferingBreakdown offering : report.byOffering()) {
            byOffering.add(Json.createObjectBuilder()
                    .add("offeringId", offering.offering().toString())
                    .add("title", offering.title())
                    .add("series", series(offering.series())));
        }
        json.add("byOffering", byOffering);
        if (report.organisationIfAny().isEmpty()) {
            JsonArrayBuilder byRule = Json.createArrayBuilder();
            for (RuleBreakdown rule : report.byRule()) {
                JsonObjectBuilder item = Json.createObjectBuilder().add("kind", rule.kind().name());
                if (rule.rule() == null) {
                    item.addNull("rule");
                } else {
                    item.add("rule", rule.rule());
                }
                byRule.add(item.add("revenue", series(rule.revenue())));
            }
            JsonArrayBuilder coverage = Json.createArrayBuilder();
            for (OfferingCoverage offering : report.coverage()) {
                coverage.add(Json.createObjectBuilder()
                        .add("offeringId", offering.offering().toString())
                        .add("title", offering.title())
                        .add("municipalities", offering.municipalities())
                        .add("consumers", offering.consumers()));
            }
            json.add("feeRevenueByRule", byRule).add("coverage", coverage);
        }
        return json.build();
    }

    private static JsonArrayBuilder series(List<Series> series) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        series.forEach(s -> array.add(series(s)));
        return array;
    }

    private static JsonObjectBuilder series(Series series) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("name", series.name()).add("unit", series.unit().name());
        JsonArrayBuilder values = Json.createArrayBuilder();
        if (series.unit() == Series.Unit.SEK) {
            JsonArrayBuilder ore = Json.createArrayBuilder();
            for (BigDecimal value : series.values()) {
                values.add(value.setScale(2).toPlainString());
                ore.add(ore(value));
            }
            return json.add("values", values).add("ore", ore)
                    .add("total", series.total().setScale(2).toPlainString()).add("totalOre", ore(series.total()));
        }
        if (series.unit() == Series.Unit.COUNT) {
            series.values().forEach(v -> values.add(v.longValueExact()));
            return json.add("values", values).add("total", series.total().longValueExact());
        }
        series.values().forEach(values::add);
        return json.add("values", values).add("total", series.total());
    }

    private static long ore(BigDecimal kronor) {
        return kronor.movePointRight(2).longValueExact();
    }
}

package se.esp.adapter.web.statistics;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.application.port.in.statistics.OfferingBreakdown;
import se.esp.application.port.in.statistics.MonthRange;
import se.esp.application.port.in.statistics.OfferingCoverage;
import se.esp.application.port.in.statistics.RuleBreakdown;
import se.esp.application.port.in.statistics.Series;
import se.esp.application.port.in.statistics.StatisticsReport;
import se.esp.domain.settlement.LineKind;

/**
 * The statistics API's response models, ready for a chart library: {@code months} is the x axis and each series has
 * one value per month. Counts are whole numbers, hours and percentages numbers with two decimals; amounts (unit
 * {@code SEK}) are decimal strings in kronor with the same values in öre as whole numbers beside them ({@code ore},
 * {@code totalOre}), so no client rounds money through a binary floating point. Statistics take no request bodies.
 */
final class StatisticsModels {

    private StatisticsModels() {
    }

    @Schema(name = "Statistics", description = "An organisation's figures per month and per offering over a range of "
            + "months", additionalProperties = Schema.False.class)
    record StatisticsView(
            @Schema(required = true, format = "uuid", description = "Whose figures") String organisationId,
            @Schema(required = true, pattern = "\\d{4}-\\d{2}", example = "2026-11") String from,
            @Schema(required = true, pattern = "\\d{4}-\\d{2}", example = "2027-02") String to,
            @Schema(required = true, maxItems = MonthRange.MAX_MONTHS, description = "The x axis: every month from "
                    + "from to to", example = "[\"2026-11\", \"2026-12\", \"2027-01\", \"2027-02\"]")
            List<String> months,
            @Schema(required = true) List<SeriesView> series,
            @Schema(required = true, description = "The same series per offering") List<OfferingView> byOffering) {

        static StatisticsView of(StatisticsReport report) {
            return new StatisticsView(report.organisationIfAny().map(Object::toString).orElseThrow(),
                    report.range().from().toString(), report.range().to().toString(), monthsOf(report),
                    SeriesView.of(report.series()), report.byOffering().stream().map(OfferingView::of).toList());
        }
    }

    @Schema(name = "PlatformStatistics", description = "The owner's figures per month and per offering over a range "
            + "of months, with its fee revenue per rule and the offerings' national coverage",
            additionalProperties = Schema.False.class)
    record PlatformStatisticsView(
            @Schema(required = true, nullable = true, format = "uuid",
                    description = "Always null: the figures are the whole platform's")
            String organisationId,
            @Schema(required = true, pattern = "\\d{4}-\\d{2}", example = "2026-11") String from,
            @Schema(required = true, pattern = "\\d{4}-\\d{2}", example = "2027-02") String to,
            @Schema(required = true, maxItems = MonthRange.MAX_MONTHS, description = "The x axis: every month from "
                    + "from to to", example = "[\"2026-11\", \"2026-12\", \"2027-01\", \"2027-02\"]")
            List<String> months,
            @Schema(required = true) List<SeriesView> series,
            @Schema(required = true, description = "The same series per offering") List<OfferingView> byOffering,
            @Schema(required = true, description = "The owner's fee revenue per kind of fee and rule")
            List<RuleView> feeRevenueByRule,
            @Schema(required = true, description = "Per offering, how many municipalities and consumer organisations "
                    + "applied for it")
            List<CoverageView> coverage) {

        static PlatformStatisticsView of(StatisticsReport report) {
            return new PlatformStatisticsView(null, report.range().from().toString(),
                    report.range().to().toString(), monthsOf(report), SeriesView.of(report.series()),
                    report.byOffering().stream().map(OfferingView::of).toList(),
                    report.byRule().stream().map(RuleView::of).toList(),
                    report.coverage().stream().map(CoverageView::of).toList());
        }
    }

    private static List<String> monthsOf(StatisticsReport report) {
        return report.range().months().stream().map(Object::toString).toList();
    }

    /**
     * One line of a chart. Its values are whole numbers, numbers with two decimals or amounts by its unit, so there is
     * one model per kind, told apart by {@code unit}: the document can then say exactly what each holds.
     */
    @Schema(name = "StatisticsSeries", description = "One line of a chart: a value per month and the value over the "
            + "whole range; what the values are depends on the unit",
            oneOf = {CountSeriesView.class, DecimalSeriesView.class, AmountSeriesView.class},
            discriminatorProperty = "unit", discriminatorMapping = {
                    @DiscriminatorMapping(value = "COUNT", schema = CountSeriesView.class),
                    @DiscriminatorMapping(value = "HOURS", schema = DecimalSeriesView.class),
                    @DiscriminatorMapping(value = "PERCENT", schema = DecimalSeriesView.class),
                    @DiscriminatorMapping(value = "SEK", schema = AmountSeriesView.class)})
    sealed interface SeriesView permits CountSeriesView, DecimalSeriesView, AmountSeriesView {

        static List<SeriesView> of(List<Series> series) {
            return series.stream().map(SeriesView::of).toList();
        }

        static SeriesView of(Series series) {
            return switch (series.unit()) {
                case COUNT -> new CountSeriesView(series.name(), series.unit().name(),
                        series.values().stream().map(BigDecimal::longValueExact).toList(),
                        series.total().longValueExact());
                case HOURS, PERCENT -> new DecimalSeriesView(series.name(), series.unit().name(), series.values(),
                        series.total());
                case SEK -> new AmountSeriesView(series.name(), series.unit().name(),
                        series.values().stream().map(SeriesView::kronor).toList(),
                        series.values().stream().map(SeriesView::ore).toList(),
                        kronor(series.total()), ore(series.total()));
            };
        }

        private static String kronor(BigDecimal kronor) {
            return kronor.setScale(2).toPlainString();
        }

        private static long ore(BigDecimal kronor) {
            return kronor.movePointRight(2).longValueExact();
        }
    }

    @Schema(name = "CountSeries", description = "A series of counts", additionalProperties = Schema.False.class)
    record CountSeriesView(
            @Schema(required = true, example = "applications",
                    description = "applications, participants, deliveries, seatsOffered or seatsPlaced")
            String name,
            @Schema(required = true, enumeration = "COUNT", example = "COUNT") String unit,
            @Schema(required = true, maxItems = MonthRange.MAX_MONTHS, example = "[1, 0, 0, 0]",
                    description = "One per month, in the order of months")
            List<Long> values,
            @Schema(required = true, example = "1", description = "Over the whole range") long total)
            implements SeriesView {
    }

    @Schema(name = "DecimalSeries", description = "A series of hours or percentages, two decimals",
            additionalProperties = Schema.False.class)
    record DecimalSeriesView(
            @Schema(required = true, example = "hours", description = "hours or utilisation") String name,
            @Schema(required = true, enumeration = {"HOURS", "PERCENT"}, example = "HOURS") String unit,
            @Schema(required = true, maxItems = MonthRange.MAX_MONTHS, example = "[0.00, 10.00, 0.00, 0.00]",
                    description = "One per month, in the order of months")
            List<BigDecimal> values,
            @Schema(required = true, example = "10.00", description = "Over the whole range: the sum of hours; a "
                    + "percentage computed from the summed parts (all seats placed over all seats offered)")
            BigDecimal total) implements SeriesView {
    }

    @Schema(name = "AmountSeries", description = "A series of amounts in kronor, as decimal strings and in öre",
            additionalProperties = Schema.False.class)
    record AmountSeriesView(
            @Schema(required = true, example = "cost",
                    description = "cost, sales, transactionFees, transactionVolume, feeRevenue or revenue")
            String name,
            @Schema(required = true, enumeration = "SEK", example = "SEK") String unit,
            @Schema(required = true, maxItems = MonthRange.MAX_MONTHS,
                    example = "[\"0.00\", \"0.00\", \"0.00\", \"13000.00\"]",
                    description = "One per month, in the order of months: kronor, two decimals")
            List<String> values,
            @Schema(required = true, maxItems = MonthRange.MAX_MONTHS, example = "[0, 0, 0, 1300000]",
                    description = "The same values in öre")
            List<Long> ore,
            @Schema(required = true, format = "decimal", example = "13000.00", description = "Over the whole range")
            String total,
            @Schema(required = true, example = "1300000", description = "The total in öre") long totalOre)
            implements SeriesView {
    }

    @Schema(name = "OfferingStatistics", description = "The series of one offering",
            additionalProperties = Schema.False.class)
    record OfferingView(
            @Schema(required = true, format = "uuid") String offeringId,
            @Schema(required = true, example = "Study guidance online in Arabic",
                    description = "The offering's current title")
            String title,
            @Schema(required = true) List<SeriesView> series) {

        static OfferingView of(OfferingBreakdown offering) {
            return new OfferingView(offering.offering().toString(), offering.title(),
                    SeriesView.of(offering.series()));
        }
    }

    @Schema(name = "FeeRevenueByRule", description = "The owner's revenue from one fee rule",
            additionalProperties = Schema.False.class)
    record RuleView(
            @Schema(required = true) LineKind kind,
            @Schema(required = true, nullable = true, example = "fee-schedule@2026-01-01",
                    description = "The rule reference its settlement lines carry; null when they name none")
            String rule,
            @Schema(required = true, implementation = AmountSeriesView.class) SeriesView revenue) {

        static RuleView of(RuleBreakdown rule) {
            return new RuleView(rule.kind(), rule.rule(), SeriesView.of(rule.revenue()));
        }
    }

    @Schema(name = "OfferingCoverage", description = "How widely one offering was applied for over the range",
            additionalProperties = Schema.False.class)
    record CoverageView(
            @Schema(required = true, format = "uuid") String offeringId,
            @Schema(required = true, example = "Study guidance online in Arabic") String title,
            @Schema(required = true, minimum = "0", example = "2",
                    description = "Distinct municipalities with at least one application for it")
            long municipalities,
            @Schema(required = true, minimum = "0", example = "3",
                    description = "Distinct consumer organisations of any kind with at least one application for it")
            long consumers) {

        static CoverageView of(OfferingCoverage coverage) {
            return new CoverageView(coverage.offering().toString(), coverage.title(), coverage.municipalities(),
                    coverage.consumers());
        }
    }
}

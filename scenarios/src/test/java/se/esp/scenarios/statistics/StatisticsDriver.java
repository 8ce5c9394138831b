package se.esp.scenarios.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import se.esp.application.port.in.statistics.MonthRange;
import se.esp.application.port.in.statistics.OfferingBreakdown;
import se.esp.application.port.in.statistics.OfferingCoverage;
import se.esp.application.port.in.statistics.RuleBreakdown;
import se.esp.application.port.in.statistics.Series;
import se.esp.application.port.in.statistics.StatisticsReport;
import se.esp.domain.settlement.LineKind;
import se.esp.scenarios.support.World;

/** Reads statistics as the scenario's acting user and checks them; the phrase classes of both languages call it. */
final class StatisticsDriver {

    private static StatisticsReport last;

    private StatisticsDriver() {
    }

    static void consumer(String organisation, String from, String to) {
        World world = World.current();
        last = world.attempt(() -> world.statistics.consumer(world.actor(), world.organisation(organisation),
                MonthRange.parse(from, to)));
    }

    static void supplier(String organisation, String from, String to) {
        World world = World.current();
        last = world.attempt(() -> world.statistics.supplier(world.actor(), world.organisation(organisation),
                MonthRange.parse(from, to)));
    }

    static void platform(String from, String to) {
        World world = World.current();
        last = world.attempt(() -> world.statistics.platform(world.actor(), MonthRange.parse(from, to)));
    }

    private static StatisticsReport report() {
        World.current().requireLastSucceeded();
        return last;
    }

    /**
     * The table's first row is {@code series}, the months and optionally {@code total}; every further row a series
     * and its values as written in the JSON (counts whole, hours, percentages and kronor with two decimals).
     */
    static void shows(List<List<String>> table) {
        showsIn(report().series(), table, "");
    }

    static void offeringShows(String title, List<List<String>> table) {
        OfferingBreakdown offering = report().byOffering().stream().filter(o -> o.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no figures for the offering " + title + " in "
                        + report().byOffering().stream().map(OfferingBreakdown::title).toList()));
        showsIn(offering.series(), table, title + ": ");
    }

    static void feeRevenue(String kind, String rule, String amount) {
        RuleBreakdown revenue = report().byRule().stream()
                .filter(r -> r.kind() == LineKind.valueOf(kind) && rule.equals(r.rule())).findFirst()
                .orElseThrow(() -> new AssertionError("no fee revenue from " + kind + " under " + rule + " in "
                        + report().byRule()));
        assertThat(revenue.revenue().total().toPlainString()).isEqualTo(amount);
    }

    static void coverage(String title, long municipalities, long consumers) {
        OfferingCoverage coverage = report().coverage().stream().filter(c -> c.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no coverage of " + title + " in " + report().coverage()));
        assertThat(coverage.municipalities()).as("municipalities using " + title).isEqualTo(municipalities);
        assertThat(coverage.consumers()).as("consumer organisations using " + title).isEqualTo(consumers);
    }

    private static void showsIn(List<Series> series, List<List<String>> table, String label) {
        List<String> header = table.get(0);
        StatisticsReport report = report();
        List<String> months = report.range().months().stream().map(Object::toString).toList();
        boolean withTotal = header.get(header.size() - 1).equals("total");
        assertThat(header.subList(1, withTotal ? header.size() - 1 : header.size()))
                .as("the table's months are the range's").isEqualTo(months);
        for (List<String> row : table.subList(1, table.size())) {
            Series found = series.stream().filter(s -> s.name().equals(row.get(0))).findFirst()
                    .orElseThrow(() -> new AssertionError("no series " + row.get(0) + " in "
                            + series.stream().map(Series::name).toList()));
            List<String> actual = new ArrayList<>(found.values().stream().map(v -> v.toPlainString()).toList());
            if (withTotal) {
                actual.add(found.total().toPlainString());
            }
            assertThat(actual).as(label + row.get(0)).isEqualTo(row.subList(1, row.size()));
        }
    }
}

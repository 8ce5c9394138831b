package se.esp.adapter.web.console.dashboard;

import static se.esp.adapter.common.json.JsonProviders.JSON;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.Formats;
import se.esp.adapter.web.console.StatisticsTitles;
import se.esp.application.port.in.statistics.MonthRange;
import se.esp.application.port.in.statistics.RuleBreakdown;
import se.esp.application.port.in.statistics.Series;
import se.esp.application.port.in.statistics.StatisticsReport;
import se.esp.application.port.in.statistics.StatisticsUseCases;
import se.esp.domain.shared.Money;

/**
 * The administrators' dashboard ({@code console/dashboard.xhtml}): the platform's statistics of the last twelve
 * months as PrimeFaces charts (Chart.js on a canvas, configured by JSON that PrimeFaces writes into its nonce'd
 * script, so the strict policy holds) — applications and deliveries per month, fee revenue per month, revenue per
 * fee rule, municipalities reached per offering (named in the console's language). A canvas is a picture to a screen
 * reader, so every chart has a table of the same figures beneath it.
 */
@Named("dashboard")
@RequestScoped
public class DashboardPage {

    static final int MONTHS = 12;
    private static final String FIRST_COLOUR = "#1f5f8b";
    private static final String SECOND_COLOUR = "#c05621";

    /** One month's figures, for the tables. */
    public record MonthFigures(YearMonth month, BigDecimal applications, BigDecimal deliveries, Money feeRevenue) {
    }

    /** One rule's revenue over the range. */
    public record RuleFigures(String rule, Money revenue) {
    }

    /** How widely one offering was applied for, named in the reader's language. */
    public record CoverageFigures(String title, long municipalities, long consumers) {
    }

    @Inject
    ConsoleSession session;

    @Inject
    StatisticsUseCases statistics;

    @Inject
    Clock clock;

    private StatisticsReport report;
    private List<CoverageFigures> coverage;

    public StatisticsReport getReport() {
        if (report == null) {
            YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
            report = statistics.platform(session.actor(), new MonthRange(now.minusMonths(MONTHS - 1), now));
        }
        return report;
    }

    public List<MonthFigures> getMonths() {
        List<YearMonth> months = getReport().range().months();
        List<BigDecimal> applications = values("applications");
        List<BigDecimal> deliveries = values("deliveries");
        List<BigDecimal> revenue = values("feeRevenue");
        List<MonthFigures> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            rows.add(new MonthFigures(months.get(i), applications.get(i), deliveries.get(i),
                    Money.ofKronor(revenue.get(i))));
        }
        return rows;
    }

    public List<RuleFigures> getRules() {
        return getReport().byRule().stream().map(r -> new RuleFigures(ruleName(r), Money.ofKronor(r.revenue().total())))
                .toList();
    }

    /**
     * The report's coverage with each offering's title in the console's language, the widest first and then in that
     * language's alphabetical order: the chart and the table beneath it in the same order.
     */
    public List<CoverageFigures> getCoverage() {
        if (coverage == null) {
            StatisticsTitles titles = StatisticsTitles.ofView();
            coverage = titles.widestFirst(getReport().coverage()).stream()
                    .map(c -> new CoverageFigures(titles.of(c), c.municipalities(), c.consumers())).toList();
        }
        return coverage;
    }

    public String total(String series) {
        return getReport().series(series).map(s -> s.unit() == Series.Unit.SEK
                ? new Formats().money(Money.ofKronor(s.total())) : new Formats().number(s.total())).orElse("");
    }

    /** Applications and deliveries per month, as bars side by side. */
    public String getActivityChart() {
        return bar(monthLabels(), false, true,
                dataset(ConsoleText.get("dashboard.applications"), values("applications"), FIRST_COLOUR),
                dataset(ConsoleText.get("dashboard.deliveries"), values("deliveries"), SECOND_COLOUR));
    }

    /** The owner's fee revenue per month, in kronor. */
    public String getRevenueChart() {
        return bar(monthLabels(), false, false,
                dataset(ConsoleText.get("dashboard.feeRevenue"), values("feeRevenue"), FIRST_COLOUR));
    }

    public String getRuleChart() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        List<BigDecimal> revenue = new ArrayList<>();
        for (RuleBreakdown rule : getReport().byRule()) {
            labels.add(ruleName(rule));
            revenue.add(rule.revenue().total());
        }
        return bar(labels, true, false, dataset(ConsoleText.get("dashboard.revenue"), revenue, FIRST_COLOUR));
    }

    public String getCoverageChart() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        List<BigDecimal> municipalities = new ArrayList<>();
        for (CoverageFigures offering : getCoverage()) {
            labels.add(offering.title());
            municipalities.add(BigDecimal.valueOf(offering.municipalities()));
        }
        return bar(labels, true, true, dataset(ConsoleText.get("dashboard.municipalities"), municipalities, SECOND_COLOUR));
    }

    private static String ruleName(RuleBreakdown rule) {
        String kind = ConsoleText.get("enum.LineKind." + rule.kind().name());
        return rule.rule() == null ? kind : kind + " (" + rule.rule() + ")";
    }

    private List<BigDecimal> values(String series) {
        return getReport().series(series).map(Series::values)
                .orElseGet(() -> java.util.Collections.nCopies(getReport().range().size(), BigDecimal.ZERO));
    }

    private JsonArrayBuilder monthLabels() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        getReport().range().months().forEach(m -> labels.add(m.toString()));
        return labels;
    }

    private static JsonObjectBuilder dataset(String label, List<BigDecimal> values, String colour) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        values.forEach(data::add);
        return JSON.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    /**
     * A Chart.js bar chart; without animation, so what a screenshot catches is the chart itself.
     *
     * @param counts whether the values are whole numbers, so the axis shows no 0.5 steps
     */
    private static String bar(JsonArrayBuilder labels, boolean horizontal, boolean counts,
                              JsonObjectBuilder... datasets) {
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        for (JsonObjectBuilder set : datasets) {
            sets.add(set);
        }
        JsonObjectBuilder options = JSON.createObjectBuilder().add("animation", false).add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", JSON.createObjectBuilder().add(horizontal ? "x" : "y", counts
                        ? JSON.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", JSON.createObjectBuilder().add("precision", 0))
                        : JSON.createObjectBuilder().add("beginAtZero", true)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options).build().toString();
    }
}

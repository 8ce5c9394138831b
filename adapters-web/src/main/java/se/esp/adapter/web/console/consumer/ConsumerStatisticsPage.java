package se.esp.adapter.web.console.consumer;

import static se.esp.adapter.common.json.JsonProviders.JSON;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.StatisticsTitles;
import se.esp.application.port.in.statistics.MonthRange;
import se.esp.application.port.in.statistics.OfferingBreakdown;
import se.esp.application.port.in.statistics.Series;
import se.esp.application.port.in.statistics.StatisticsReport;
import se.esp.application.port.in.statistics.StatisticsUseCases;
import se.esp.domain.shared.Money;

/**
 * The organisation's statistics ({@code console/consumer-statistics.xhtml}): the last twelve months of
 * {@link StatisticsUseCases#consumer} — applications and participants per month, and the cost of the deliveries
 * bought per month — as charts like the dashboard's (Chart.js configured by JSON, under the strict policy), each with
 * a table of the same figures, and the figures per offering (named in the console's language). The use case refuses
 * another organisation's figures.
 */
@Named("consumerStatistics")
@RequestScoped
public class ConsumerStatisticsPage {

    static final int MONTHS = 12;
    private static final String FIRST_COLOUR = "#1f5f8b";
    private static final String SECOND_COLOUR = "#c05621";

    /** One month's figures, for the table. */
    public record MonthFigures(YearMonth month, BigDecimal applications, BigDecimal participants,
                               BigDecimal deliveries, BigDecimal hours, Money cost) {
    }

    /** One offering's totals over the months. */
    public record OfferingFigures(String title, BigDecimal applications, BigDecimal participants, Money cost) {
    }

    @Inject
    ConsoleSession session;

    @Inject
    StatisticsUseCases statistics;

    @Inject
    Clock clock;

    private StatisticsReport report;
    private List<OfferingFigures> offerings;

    public StatisticsReport getReport() {
        if (report == null) {
            YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
            report = statistics.consumer(session.actor(), session.actor().organisationId(),
                    new MonthRange(now.minusMonths(MONTHS - 1), now));
        }
        return report;
    }

    public List<MonthFigures> getMonths() {
        List<YearMonth> months = getReport().range().months();
        List<MonthFigures> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            rows.add(new MonthFigures(months.get(i), values(getReport().series(), "applications").get(i),
                    values(getReport().series(), "participants").get(i),
                    values(getReport().series(), "deliveries").get(i), values(getReport().series(), "hours").get(i),
                    Money.ofKronor(values(getReport().series(), "cost").get(i))));
        }
        return rows;
    }

    /** Each offering's totals, named in the console's language and in its alphabetical order. */
    public List<OfferingFigures> getOfferings() {
        if (offerings == null) {
            StatisticsTitles titles = StatisticsTitles.ofView();
            offerings = titles.alphabetical(getReport().byOffering()).stream()
                    .map(o -> new OfferingFigures(titles.of(o), total(o, "applications"), total(o, "participants"),
                            Money.ofKronor(total(o, "cost")))).toList();
        }
        return offerings;
    }

    public Money getTotalCost() {
        return Money.ofKronor(getReport().series("cost").map(Series::total).orElse(BigDecimal.ZERO));
    }

    /** Applications and participants per month, as bars side by side. */
    public String getActivityChart() {
        return bar(true, dataset(ConsoleText.get("consumer.stats.applications"), values(getReport().series(),
                        "applications"), FIRST_COLOUR),
                dataset(ConsoleText.get("consumer.stats.participants"), values(getReport().series(), "participants"),
                        SECOND_COLOUR));
    }

    /** The cost of the deliveries bought per month, in kronor. */
    public String getCostChart() {
        return bar(false, dataset(ConsoleText.get("consumer.stats.cost"), values(getReport().series(), "cost"),
                FIRST_COLOUR));
    }

    private static BigDecimal total(OfferingBreakdown offering, String name) {
        return offering.series().stream().filter(s -> s.name().equals(name)).map(Series::total).findFirst()
                .orElse(BigDecimal.ZERO);
    }

    private List<BigDecimal> values(List<Series> series, String name) {
        return series.stream().filter(s -> s.name().equals(name)).map(Series::values).findFirst()
                .orElseGet(() -> Collections.nCopies(getReport().range().size(), BigDecimal.ZERO));
    }

    private static JsonObjectBuilder dataset(String label, List<BigDecimal> values, String colour) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        values.forEach(data::add);
        return JSON.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    /**
     * A Chart.js bar chart over the months; without animation, so a screenshot catches the chart itself.
     *
     * @param counts whether the values are whole numbers, so the axis shows no 0.5 steps
     */
    private String bar(boolean counts, JsonObjectBuilder... datasets) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        getReport().range().months().forEach(m -> labels.add(m.toString()));
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        for (JsonObjectBuilder set : datasets) {
            sets.add(set);
        }
        JsonObjectBuilder options = JSON.createObjectBuilder().add("animation", false).add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", JSON.createObjectBuilder().add("y", counts
                        ? JSON.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", JSON.createObjectBuilder().add("precision", 0))
                        : JSON.createObjectBuilder().add("beginAtZero", true)));
        return JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options).build().toString();
    }
}

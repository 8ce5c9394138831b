package se.esp.adapter.web.console.supplier;

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
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;

/**
 * The supplier's sales and utilisation ({@code console/supplier-statistics.xhtml}): the organisation's supplier
 * statistics of the last twelve months ({@link StatisticsUseCases#supplier}) as charts — sales and transaction fees
 * per month, seats offered and placed with the utilisation, applications, participants and deliveries — each with a
 * table of the same figures (a canvas says nothing to a screen reader), and the same per offering (named in the
 * console's language).
 */
@Named("supplierSales")
@RequestScoped
public class SalesPage {

    static final int MONTHS = 12;
    private static final String FIRST_COLOUR = "#1f5f8b";
    private static final String SECOND_COLOUR = "#c05621";
    private static final String THIRD_COLOUR = "#2f6f3e";

    /** One month's figures, for the tables. */
    public record MonthFigures(YearMonth month, Money sales, Money transactionFees, BigDecimal seatsOffered,
                               BigDecimal seatsPlaced, BigDecimal utilisation, BigDecimal applications,
                               BigDecimal participants, BigDecimal deliveries) {
    }

    /** One offering's figures over the range. */
    public record OfferingFigures(String title, BigDecimal applications, BigDecimal participants,
                                  BigDecimal deliveries, Money sales, BigDecimal utilisation) {
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
            OrganisationId own = session.actor().organisation().orElseThrow(() -> new DomainException(
                    ErrorCode.ACCESS_DENIED, "supplier staff must act for their organisation"));
            YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
            report = statistics.supplier(session.actor(), own, new MonthRange(now.minusMonths(MONTHS - 1), now));
        }
        return report;
    }

    public List<MonthFigures> getMonths() {
        List<YearMonth> months = getReport().range().months();
        List<MonthFigures> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            rows.add(new MonthFigures(months.get(i), Money.ofKronor(values("sales").get(i)),
                    Money.ofKronor(values("transactionFees").get(i)), values("seatsOffered").get(i),
                    values("seatsPlaced").get(i), values("utilisation").get(i), values("applications").get(i),
                    values("participants").get(i), values("deliveries").get(i)));
        }
        return rows;
    }

    /** Each offering's figures, named in the console's language and in its alphabetical order. */
    public List<OfferingFigures> getOfferings() {
        if (offerings == null) {
            StatisticsTitles titles = StatisticsTitles.ofView();
            offerings = titles.alphabetical(getReport().byOffering()).stream()
                    .map(o -> new OfferingFigures(titles.of(o), total(o, "applications"), total(o, "participants"),
                            total(o, "deliveries"), Money.ofKronor(total(o, "sales")), total(o, "utilisation")))
                    .toList();
        }
        return offerings;
    }

    public Money getSalesTotal() {
        return Money.ofKronor(getReport().series("sales").map(Series::total).orElse(BigDecimal.ZERO));
    }

    public BigDecimal getUtilisationTotal() {
        return getReport().series("utilisation").map(Series::total).orElse(BigDecimal.ZERO);
    }

    /** Sales and the transaction fees charged on them, per month, in kronor. */
    public String getSalesChart() {
        return bar(monthLabels(), false, dataset(ConsoleText.get("supplierSales.sales"), values("sales"), FIRST_COLOUR),
                dataset(ConsoleText.get("supplierSales.transactionFees"), values("transactionFees"), SECOND_COLOUR));
    }

    /** Seats offered and placed per month. */
    public String getSeatsChart() {
        return bar(monthLabels(), true,
                dataset(ConsoleText.get("supplierSales.seatsOffered"), values("seatsOffered"), FIRST_COLOUR),
                dataset(ConsoleText.get("supplierSales.seatsPlaced"), values("seatsPlaced"), THIRD_COLOUR));
    }

    /** Applications, participants and deliveries per month. */
    public String getActivityChart() {
        return bar(monthLabels(), true,
                dataset(ConsoleText.get("supplierSales.applications"), values("applications"), FIRST_COLOUR),
                dataset(ConsoleText.get("supplierSales.participants"), values("participants"), SECOND_COLOUR),
                dataset(ConsoleText.get("supplierSales.deliveries"), values("deliveries"), THIRD_COLOUR));
    }

    private static BigDecimal total(OfferingBreakdown offering, String series) {
        return offering.series().stream().filter(s -> s.name().equals(series)).map(Series::total).findFirst()
                .orElse(BigDecimal.ZERO);
    }

    private List<BigDecimal> values(String series) {
        return getReport().series(series).map(Series::values)
                .orElseGet(() -> Collections.nCopies(getReport().range().size(), BigDecimal.ZERO));
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

    /** A Chart.js bar chart without animation; counts get whole-number ticks. */
    private static String bar(JsonArrayBuilder labels, boolean counts, JsonObjectBuilder... datasets) {
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        for (JsonObjectBuilder set : datasets) {
            sets.add(set);
        }
        JsonObjectBuilder axis = JSON.createObjectBuilder().add("beginAtZero", true);
        if (counts) {
            axis.add("ticks", JSON.createObjectBuilder().add("precision", 0));
        }
        JsonObjectBuilder options = JSON.createObjectBuilder().add("animation", false).add("responsive", true)
                .add("maintainAspectRatio", false).add("scales", JSON.createObjectBuilder().add("y", axis));
        return JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options).build().toString();
    }
}

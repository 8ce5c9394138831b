package se.esp.adapter.web.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.web.console.ConsoleSession;
import se.esp.application.port.in.statistics.MonthRange;
import se.esp.application.port.in.statistics.OfferingCoverage;
import se.esp.application.port.in.statistics.RuleBreakdown;
import se.esp.application.port.in.statistics.Series;
import se.esp.application.port.in.statistics.StatisticsReport;
import se.esp.application.port.in.statistics.StatisticsUseCases;
import se.esp.application.security.ActingUser;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.shared.Money;

class DashboardPageTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);
    private final DashboardPage page = new DashboardPage();

    /** A Faces context with no view, so the texts are Swedish, without a Faces implementation on the class path. */
    private abstract static class NoView extends jakarta.faces.context.FacesContext {
        static void use(jakarta.faces.context.FacesContext context) {
            setCurrentInstance(context);
        }
    }

    @org.junit.jupiter.api.AfterEach
    void release() {
        NoView.use(null);
    }

    @BeforeEach
    void wire() {
        NoView.use(mock(jakarta.faces.context.FacesContext.class));
        MonthRange range = new MonthRange(NOW.minusMonths(11), NOW);
        List<BigDecimal> applications = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        applications.set(11, BigDecimal.valueOf(3));
        List<BigDecimal> revenue = new ArrayList<>(Collections.nCopies(12, new BigDecimal("0.00")));
        revenue.set(11, new BigDecimal("975.00"));
        StatisticsReport report = new StatisticsReport(null, range, List.of(
                new Series("applications", Series.Unit.COUNT, applications, BigDecimal.valueOf(3)),
                new Series("deliveries", Series.Unit.COUNT, Collections.nCopies(12, BigDecimal.ONE), BigDecimal.TEN),
                new Series("feeRevenue", Series.Unit.SEK, revenue, new BigDecimal("975.00"))),
                List.of(), List.of(new RuleBreakdown(LineKind.TRANSACTION_FEE, "fee-schedule@2026-01-01",
                        new Series("revenue", Series.Unit.SEK, revenue, new BigDecimal("975.00")))),
                List.of(new OfferingCoverage(OfferingId.newId(), "Studievägledning online på arabiska", 2, 3)));
        page.statistics = mock(StatisticsUseCases.class);
        page.session = mock(ConsoleSession.class);
        ActingUser admin = ActingUser.system("test");
        when(page.session.actor()).thenReturn(admin);
        when(page.statistics.platform(eq(admin), any())).thenReturn(report);
        page.clock = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void theActivityChartIsAChartJsBarChartOfTheLastTwelveMonths() {
        JsonObject chart = Json.createReader(new StringReader(page.getActivityChart())).readObject();
        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(11)).isEqualTo("2026-12");
        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("label")).containsExactly("Ansökningar", "Leveranser");
        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data")
                .getJsonNumber(11).intValue()).isEqualTo(3);
    }

    @Test
    void theTablesCarryTheSameFiguresAsTheCharts() {
        assertThat(page.getMonths()).hasSize(12).last()
                .satisfies(m -> assertThat(m.feeRevenue()).isEqualTo(Money.parse("975.00")));
        assertThat(page.getRules()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("Transaktionsavgift (fee-schedule@2026-01-01)");
            assertThat(r.revenue()).isEqualTo(Money.parse("975.00"));
        });
        assertThat(page.total("feeRevenue")).isEqualTo("975,00\u00a0kr");
        JsonObject coverage = Json.createReader(new StringReader(page.getCoverageChart())).readObject();
        assertThat(coverage.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
        assertThat(coverage.getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo("Studievägledning online på arabiska");
    }
}

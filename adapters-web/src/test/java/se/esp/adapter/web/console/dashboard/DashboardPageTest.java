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
import java.util.Locale;

import jakarta.faces.component.UIViewRoot;
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
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

class DashboardPageTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);
    private static final OfferingId ARABIC = OfferingId.newId();
    private static final LocalisedText ARABIC_TITLES = LocalisedText.svEn("Studievägledning online på arabiska",
            "Study guidance online in Arabic");
    /** Civic orientation before care work in English, after it in Swedish. */
    private static final OfferingId CIVIC = OfferingId.newId();
    private static final LocalisedText CIVIC_TITLES = LocalisedText.svEn("Samhällsorientering online",
            "Civic orientation online");
    private static final OfferingId CARE = OfferingId.newId();
    private static final LocalisedText CARE_TITLES = LocalisedText.svEn("Förberedande kurs i vård och omsorg",
            "Preparatory course in care work");
    /** No Swedish title: the Swedish page falls back to the English one. */
    private static final OfferingId HOMEWORK = OfferingId.newId();
    private static final LocalisedText HOMEWORK_TITLES = LocalisedText.of(LanguageCode.ENGLISH, "Homework help online");

    private final DashboardPage page = new DashboardPage();
    private final jakarta.faces.context.FacesContext faces = mock(jakarta.faces.context.FacesContext.class);

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
        NoView.use(faces);
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
                // As the use case orders them: the widest first, then by English title.
                List.of(new OfferingCoverage(ARABIC, ARABIC_TITLES, 3, 4),
                        new OfferingCoverage(CIVIC, CIVIC_TITLES, 2, 3),
                        new OfferingCoverage(CARE, CARE_TITLES, 2, 2),
                        new OfferingCoverage(HOMEWORK, HOMEWORK_TITLES, 1, 1)));
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
        assertThat(coverage.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data")
                .getValuesAs(jakarta.json.JsonNumber.class)).extracting(jakarta.json.JsonNumber::intValue)
                .as("the chart's bars in the table's order").containsExactly(3, 2, 2, 1);
    }

    @Test
    void theSwedishDashboardNamesEachOfferingInSwedishWidestFirstThenInSwedishAlphabeticalOrder() {
        List<String> swedish = List.of("Studievägledning online på arabiska", "Förberedande kurs i vård och omsorg",
                "Samhällsorientering online", "Homework help online");

        assertThat(page.getCoverage()).extracting(DashboardPage.CoverageFigures::title)
                .as("Swedish titles; English only for the offering that has no Swedish one")
                .containsExactlyElementsOf(swedish);
        assertThat(page.getCoverage()).extracting(DashboardPage.CoverageFigures::municipalities)
                .containsExactly(3L, 2L, 2L, 1L);
        assertThat(chartLabels()).as("the chart names them as the table does").containsExactlyElementsOf(swedish);
        assertThat(chartLabels()).doesNotContain("Study guidance online in Arabic", "Civic orientation online",
                "Preparatory course in care work");
    }

    @Test
    void theEnglishDashboardNamesEachOfferingInEnglish() {
        UIViewRoot english = mock(UIViewRoot.class);
        when(english.getLocale()).thenReturn(Locale.ENGLISH);
        when(faces.getViewRoot()).thenReturn(english);
        List<String> titles = List.of("Study guidance online in Arabic", "Civic orientation online",
                "Preparatory course in care work", "Homework help online");

        assertThat(page.getCoverage()).extracting(DashboardPage.CoverageFigures::title)
                .containsExactlyElementsOf(titles);
        assertThat(chartLabels()).containsExactlyElementsOf(titles);
    }

    private List<String> chartLabels() {
        return Json.createReader(new StringReader(page.getCoverageChart())).readObject().getJsonObject("data")
                .getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }
}

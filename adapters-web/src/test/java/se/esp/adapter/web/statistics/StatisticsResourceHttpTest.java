package se.esp.adapter.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static se.esp.adapter.web.testing.HttpHarness.assertProblem;
import static se.esp.adapter.web.testing.HttpHarness.errors;
import static se.esp.adapter.web.testing.HttpHarness.json;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import jakarta.json.JsonObject;
import se.esp.adapter.web.security.RequestIdentity;
import se.esp.adapter.web.testing.HttpHarness;
import se.esp.application.port.in.statistics.MonthRange;
import se.esp.application.port.in.statistics.OfferingBreakdown;
import se.esp.application.port.in.statistics.OfferingCoverage;
import se.esp.application.port.in.statistics.RuleBreakdown;
import se.esp.application.port.in.statistics.Series;
import se.esp.application.port.in.statistics.StatisticsReport;
import se.esp.application.port.in.statistics.StatisticsUseCases;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** The statistics REST adapter over real HTTP, with the use cases mocked. */
class StatisticsResourceHttpTest {

    private static final StatisticsUseCases STATISTICS = mock(StatisticsUseCases.class);
    private static final OrganisationId OLOFSTROM = OrganisationId.newId();
    private static final OfferingId ARABIC = OfferingId.newId();
    /** The report carries every title; the API names an offering in English, as it always has. */
    private static final LocalisedText ARABIC_TITLES = LocalisedText.svEn("Studievägledning på arabiska",
            "Study guidance online in Arabic");
    private static final ActingUser CASE_OFFICER = new ActingUser("case-officer@olofstrom", OLOFSTROM,
            EnumSet.of(UserRole.CONSUMER_STAFF));
    private static final ActingUser ADMIN = new ActingUser("admin@owner", OrganisationId.newId(),
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    private static final MonthRange NOVEMBER_DECEMBER = new MonthRange(YearMonth.of(2026, 11), YearMonth.of(2026, 12));
    private static HttpHarness http;

    @BeforeAll
    static void start() {
        http = new HttpHarness(CASE_OFFICER, new StatisticsResource(STATISTICS, new RequestIdentity()));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @BeforeEach
    void reset() {
        Mockito.reset(STATISTICS);
    }

    private static Series counts(String name, long... values) {
        return new Series(name, Series.Unit.COUNT, java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf)
                .toList(), BigDecimal.valueOf(java.util.Arrays.stream(values).sum()));
    }

    private static Series kronor(String name, String... values) {
        List<BigDecimal> amounts = java.util.Arrays.stream(values).map(BigDecimal::new).toList();
        return new Series(name, Series.Unit.SEK, amounts, amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void aConsumersStatisticsAreMonthsAndSeriesWithAmountsAsDecimalStringsAndOre() throws Exception {
        List<Series> series = List.of(counts("applications", 1, 0),
                new Series("hours", Series.Unit.HOURS, List.of(new BigDecimal("0.00"), new BigDecimal("10.00")),
                        new BigDecimal("10.00")),
                kronor("cost", "0.00", "13000.00"));
        when(STATISTICS.consumer(eq(CASE_OFFICER), eq(OLOFSTROM), eq(NOVEMBER_DECEMBER))).thenReturn(
                new StatisticsReport(OLOFSTROM, NOVEMBER_DECEMBER, series,
                        List.of(new OfferingBreakdown(ARABIC, ARABIC_TITLES, series)), List.of(),
                        List.of()));

        HttpResponse<String> response = http.send("GET", "statistics/consumers/" + OLOFSTROM
                + "?from=2026-11&to=2026-12", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonObject body = json(response);
        assertThat(body.getString("organisationId")).isEqualTo(OLOFSTROM.toString());
        assertThat(body.getJsonArray("months").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("2026-11", "2026-12");
        JsonObject applications = body.getJsonArray("series").getJsonObject(0);
        assertThat(applications.getString("name")).isEqualTo("applications");
        assertThat(applications.getJsonArray("values").getInt(0)).isEqualTo(1);
        assertThat(applications.getInt("total")).isEqualTo(1);
        JsonObject hours = body.getJsonArray("series").getJsonObject(1);
        assertThat(hours.getJsonArray("values").getJsonNumber(1).bigDecimalValue()).isEqualByComparingTo("10");
        assertThat(hours.containsKey("ore")).as("only amounts have öre beside them").isFalse();
        assertThat(applications.containsKey("totalOre")).isFalse();
        JsonObject cost = body.getJsonArray("series").getJsonObject(2);
        assertThat(cost.getString("unit")).isEqualTo("SEK");
        assertThat(cost.getJsonArray("values").getString(1)).isEqualTo("13000.00");
        assertThat(cost.getJsonArray("ore").getJsonNumber(1).longValue()).isEqualTo(1_300_000L);
        assertThat(cost.getString("total")).isEqualTo("13000.00");
        assertThat(cost.getJsonNumber("totalOre").longValue()).isEqualTo(1_300_000L);
        JsonObject offering = body.getJsonArray("byOffering").getJsonObject(0);
        assertThat(offering.getString("offeringId")).isEqualTo(ARABIC.toString());
        assertThat(offering.getString("title")).as("English first, whatever language the console speaks")
                .isEqualTo("Study guidance online in Arabic");
        assertThat(offering.keySet()).as("the titles in other languages do not leak into the JSON")
                .containsExactlyInAnyOrder("offeringId", "title", "series");
        assertThat(offering.getJsonArray("series")).hasSize(3);
        assertThat(body.containsKey("coverage")).as("only the platform's has coverage").isFalse();
    }

    @Test
    void thePlatformsStatisticsHaveTheFeeRevenuePerRuleAndTheCoverage() throws Exception {
        when(STATISTICS.platform(eq(ADMIN), eq(NOVEMBER_DECEMBER))).thenReturn(new StatisticsReport(null,
                NOVEMBER_DECEMBER, List.of(kronor("feeRevenue", "0.00", "975.00")), List.of(),
                List.of(new RuleBreakdown(LineKind.TRANSACTION_FEE, "fee-schedule@2026-01-01",
                        kronor("revenue", "0.00", "975.00"))),
                List.of(new OfferingCoverage(ARABIC, ARABIC_TITLES, 2, 3))));

        HttpResponse<String> response = http.as(ADMIN).send("GET", "statistics/platform?from=2026-11&to=2026-12",
                null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject body = json(response);
        assertThat(body.isNull("organisationId")).isTrue();
        JsonObject rule = body.getJsonArray("feeRevenueByRule").getJsonObject(0);
        assertThat(rule.getString("kind")).isEqualTo("TRANSACTION_FEE");
        assertThat(rule.getString("rule")).isEqualTo("fee-schedule@2026-01-01");
        assertThat(rule.getJsonObject("revenue").getString("total")).isEqualTo("975.00");
        JsonObject coverage = body.getJsonArray("coverage").getJsonObject(0);
        assertThat(coverage.getInt("municipalities")).isEqualTo(2);
        assertThat(coverage.getInt("consumers")).isEqualTo(3);
        assertThat(coverage.getString("title")).isEqualTo("Study guidance online in Arabic");
        assertThat(coverage.keySet()).containsExactlyInAnyOrder("offeringId", "title", "municipalities", "consumers");
    }

    @Test
    void missingOrMalformedMonthsAreRefusedByNameBeforeAnyUseCaseIsCalled() throws Exception {
        HttpResponse<String> missing = http.send("GET", "statistics/consumers/" + OLOFSTROM + "?to=2026-13", null);
        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertThat(errors(missing)).containsExactly("from:REQUIRED", "to:INVALID_FORMAT");

        HttpResponse<String> backwards = http.send("GET", "statistics/suppliers/" + OLOFSTROM
                + "?from=2026-12&to=2026-01", null);
        assertProblem(backwards, 400, "VALIDATION_FAILED");
        assertThat(errors(backwards)).containsExactly("to:OUT_OF_RANGE");

        HttpResponse<String> tooLong = http.send("GET", "statistics/platform?from=2026-01&to=2029-01", null);
        assertProblem(tooLong, 400, "VALIDATION_FAILED");
        assertThat(errors(tooLong)).containsExactly("to:OUT_OF_RANGE");
        verifyNoInteractions(STATISTICS);
    }

    @Test
    void anotherOrganisationsStatisticsAreRefusedAndAMalformedIdIsNoOrganisation() throws Exception {
        OrganisationId ronneby = OrganisationId.newId();
        when(STATISTICS.supplier(eq(CASE_OFFICER), eq(ronneby), any())).thenThrow(
                new DomainException(ErrorCode.ACCESS_DENIED, "not yours"));
        assertProblem(http.send("GET", "statistics/suppliers/" + ronneby + "?from=2026-11&to=2026-12", null), 403,
                "ACCESS_DENIED");
        assertProblem(http.send("GET", "statistics/consumers/not-an-id?from=2026-11&to=2026-12", null), 404,
                "ORGANISATION_NOT_FOUND");
    }

    @Test
    void withoutATokenTheAnswerIs401AndNoUseCaseIsCalled() throws Exception {
        assertProblem(http.anonymous().send("GET", "statistics/platform?from=2026-11&to=2026-12", null), 401,
                "NOT_AUTHENTICATED");
        verifyNoInteractions(STATISTICS);
    }
}

package se.esp.adapter.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static se.esp.adapter.web.testing.HttpHarness.assertProblem;
import static se.esp.adapter.web.testing.HttpHarness.errors;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

import se.esp.adapter.web.offering.CatalogueResource;
import se.esp.adapter.web.packaging.PackagingResource;
import se.esp.adapter.web.packaging.ReviewChecklistResource;
import se.esp.adapter.web.security.RequestIdentity;
import se.esp.adapter.web.settlement.SettlementResource;
import se.esp.adapter.web.statistics.StatisticsResource;
import se.esp.adapter.web.testing.HttpHarness;
import se.esp.adapter.web.testing.TestTokens;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.SearchCatalogueQuery;
import se.esp.application.port.in.packaging.CostPackagingQuery;
import se.esp.application.port.in.packaging.DraftPackagingUseCase;
import se.esp.application.port.in.packaging.DiffPackagingQuery;
import se.esp.application.port.in.packaging.FindPackagingsQuery;
import se.esp.application.port.in.packaging.PackagingChange;
import se.esp.application.port.in.packaging.PackagingFilter;
import se.esp.application.port.in.packaging.PublishPackagingUseCase;
import se.esp.application.port.in.packaging.ReplaceChecklistCommand;
import se.esp.application.port.in.packaging.ReviewChecklistUseCase;
import se.esp.application.port.in.packaging.ReviewPackagingUseCase;
import se.esp.application.port.in.settlement.SettlementUseCases;
import se.esp.application.port.in.statistics.MonthRange;
import se.esp.application.port.in.statistics.StatisticsUseCases;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;

/**
 * The rules for query, path and header parameters ({@link Parameters}, {@link HeaderRules}) over real HTTP, on the
 * resources that read them: each refusal is 400 problem+json naming the parameter (415 for a body's charset), and
 * no use case is called.
 */
class StrictParametersHttpTest {

    private static final SettlementUseCases SETTLEMENT = mock(SettlementUseCases.class);
    private static final StatisticsUseCases STATISTICS = mock(StatisticsUseCases.class);
    private static final CostPackagingQuery COSTING = mock(CostPackagingQuery.class);
    private static final DraftPackagingUseCase DRAFTS = mock(DraftPackagingUseCase.class);
    private static final SearchCatalogueQuery SEARCH = mock(SearchCatalogueQuery.class);
    private static final ReviewChecklistUseCase CHECKLIST = mock(ReviewChecklistUseCase.class);
    private static final FindPackagingsQuery PACKAGINGS = mock(FindPackagingsQuery.class);
    private static final ActingUser ADMIN = new ActingUser("admin@owner", OrganisationId.newId(),
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    private static final String PACKAGING = "packagings/" + PackagingId.newId();
    private static final DomainException NOT_FOUND = new DomainException(ErrorCode.PACKAGING_NOT_FOUND, "none");
    /** A number no parser should ever be handed whole. */
    private static final String THOUSANDS_OF_DIGITS = "9".repeat(5_000);

    private static HttpHarness http;

    @BeforeAll
    static void start() {
        RequestIdentity identity = new RequestIdentity();
        http = new HttpHarness(ADMIN, new SettlementResource(SETTLEMENT, identity),
                new StatisticsResource(STATISTICS, identity),
                new PackagingResource(DRAFTS, mock(ReviewPackagingUseCase.class), mock(PublishPackagingUseCase.class),
                        PACKAGINGS, COSTING, mock(DiffPackagingQuery.class), identity),
                new CatalogueResource(SEARCH, identity), new ReviewChecklistResource(CHECKLIST, identity));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @BeforeEach
    void reset() {
        Mockito.reset(SETTLEMENT, STATISTICS, COSTING, DRAFTS, SEARCH, CHECKLIST, PACKAGINGS);
    }

    @ParameterizedTest
    @CsvSource({
            "-2026-01, INVALID_FORMAT", "+999999999-12, INVALID_FORMAT", "%2B999999999-12, INVALID_FORMAT",
            "0000-01, OUT_OF_RANGE", "1999-12, OUT_OF_RANGE", "3000-01, OUT_OF_RANGE", "2026-13, INVALID_FORMAT",
            "2026-00, INVALID_FORMAT", "2026-1, INVALID_FORMAT", "20261, INVALID_FORMAT", "2026-01-01, INVALID_FORMAT",
            "%D9%A2%D9%A0%D9%A2%D9%A6-01, INVALID_FORMAT"})
    void aSettlementPeriodIsAMonthFrom2000To2999WrittenYyyyMm(String period, String code) throws Exception {
        HttpResponse<String> response = http.send("GET", "settlement/periods/" + period, null);

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("period:" + code);
        verifyNoInteractions(SETTLEMENT);
    }

    @Test
    void theFirstAndLastMonthsOfTheRangeAreSettlementPeriods() throws Exception {
        when(SETTLEMENT.get(any(), any())).thenThrow(new DomainException(ErrorCode.SETTLEMENT_PERIOD_NOT_FOUND, "no"));
        when(SETTLEMENT.close(any(), any())).thenThrow(new DomainException(ErrorCode.SETTLEMENT_PERIOD_NOT_ENDED, "no"));

        assertProblem(http.send("GET", "settlement/periods/2000-01", null), 404, "SETTLEMENT_PERIOD_NOT_FOUND");
        assertProblem(http.send("POST", "settlement/periods/2999-12/close", null), 409, "SETTLEMENT_PERIOD_NOT_ENDED");
        verify(SETTLEMENT).get(ADMIN, YearMonth.of(2000, 1));
        verify(SETTLEMENT).close(ADMIN, YearMonth.of(2999, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "241", "1e3", "12abc", "%EF%BC%91"})
    void theLimitOfSettledMonthsIsOneTo240(String limit) throws Exception {
        assertThat(errors(refused("settlement/periods?limit=" + limit))).singleElement().asString()
                .startsWith("limit:");
        verifyNoInteractions(SETTLEMENT);
    }

    @ParameterizedTest
    @CsvSource({
            "0000-01, 2026-01, from:OUT_OF_RANGE", "2026-01, %2B999999999-12, to:INVALID_FORMAT",
            "-2026-01, 2026-02, from:INVALID_FORMAT", "2026-1, 2026-02, from:INVALID_FORMAT",
            "2026-01, 3000-01, to:OUT_OF_RANGE"})
    void statisticsMonthsAreRefusedByName(String from, String to, String error) throws Exception {
        assertThat(errors(refused("statistics/platform?from=" + from + "&to=" + to))).containsExactly(error);
        verifyNoInteractions(STATISTICS);
    }

    @Test
    void bothStatisticsMonthsAreReportedAtOnceAndAGoodRangeReachesTheUseCase() throws Exception {
        assertThat(errors(refused("statistics/platform?from=0000-01&to=x"))).containsExactly("from:OUT_OF_RANGE",
                "to:INVALID_FORMAT");
        when(STATISTICS.platform(any(), any())).thenThrow(new DomainException(ErrorCode.ACCESS_DENIED, "no"));

        assertProblem(http.send("GET", "statistics/platform?from=2026-11&to=2027-02", null), 403, "ACCESS_DENIED");
        verify(STATISTICS).platform(ADMIN, new MonthRange(YearMonth.of(2026, 11), YearMonth.of(2027, 2)));
    }

    @ParameterizedTest
    @CsvSource({
            "groupSize=8&price=-1, price:OUT_OF_RANGE", "groupSize=8&price=-0.01, price:OUT_OF_RANGE",
            "groupSize=8&price=100000000.01, price:OUT_OF_RANGE", "groupSize=8&price=1e9, price:INVALID_FORMAT",
            "groupSize=8&price=NaN, price:INVALID_FORMAT", "groupSize=8&price=99.999, price:INVALID_FORMAT",
            "groupSize=8&price=0x10, price:INVALID_FORMAT", "groupSize=0, groupSize:OUT_OF_RANGE",
            "groupSize=-3, groupSize:OUT_OF_RANGE", "groupSize=1001, groupSize:OUT_OF_RANGE",
            "groupSize=%2B8, groupSize:INVALID_FORMAT", "groupSize=%D9%A8, groupSize:INVALID_FORMAT",
            "price=10, groupSize:REQUIRED"})
    void aCostingIsAskedForAPositiveGroupAndAPriceFromZeroToAHundredMillionKronor(String query, String error)
            throws Exception {
        assertThat(errors(refused(PACKAGING + "/costing?" + query))).containsExactly(error);
        verifyNoInteractions(COSTING);
    }

    @Test
    void aCostingPriceMayHaveADecimalCommaAndReachesTheUseCaseInOre() throws Exception {
        when(COSTING.costAt(any(), any(), eq(8), any())).thenThrow(NOT_FOUND);

        assertProblem(http.send("GET", PACKAGING + "/costing?groupSize=8&price=6500,50", null), 404,
                "PACKAGING_NOT_FOUND");
        verify(COSTING).costAt(eq(ADMIN), any(), eq(8), eq(Money.ofOre(650_050)));
    }

    @ParameterizedTest
    @CsvSource({
            "minPrice=-1, minPrice:OUT_OF_RANGE", "maxPrice=-5, maxPrice:OUT_OF_RANGE",
            "maxPrice=1e400, maxPrice:INVALID_FORMAT", "age=-1, age:OUT_OF_RANGE", "age=131, age:OUT_OF_RANGE",
            "age=1.5, age:INVALID_FORMAT", "page=-1, page:OUT_OF_RANGE", "page=10001, page:OUT_OF_RANGE",
            "size=0, size:OUT_OF_RANGE", "size=201, size:OUT_OF_RANGE", "size=1%200, size:INVALID_FORMAT"})
    void catalogueBoundsAndPagingAreRefusedByName(String query, String error) throws Exception {
        assertThat(errors(refused("catalogue?" + query))).containsExactly(error);
        verifyNoInteractions(SEARCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"someone", "123", "%F0%9F%99%82", "123e4567-e89b-12d3-a456-4266141740000"})
    void anIdInTheQueryThatDoesNotParseIsRefusedByNameInTheIdsOwnWords(String supplier) throws Exception {
        HttpResponse<String> response = refused("packagings?supplier=" + supplier);

        assertThat(errors(response)).containsExactly("supplier:INVALID_FORMAT");
        assertThat(HttpHarness.json(response).getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("is not an organisation id");
        verifyNoInteractions(PACKAGINGS);
    }

    @Test
    void anIdInTheQueryIsReadWithoutTheSpacesAroundItAndABlankOneFiltersNothing() throws Exception {
        OrganisationId supplier = OrganisationId.newId();
        when(PACKAGINGS.list(any(), any(), any())).thenThrow(NOT_FOUND);

        http.send("GET", "packagings?supplier=%20" + supplier + "%20", null);
        http.send("GET", "packagings?supplier=%20", null);

        ArgumentCaptor<PackagingFilter> filters = ArgumentCaptor.forClass(PackagingFilter.class);
        verify(PACKAGINGS, Mockito.times(2)).list(eq(ADMIN), filters.capture(), any());
        assertThat(filters.getAllValues()).extracting(PackagingFilter::supplier).containsExactly(supplier, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"page", "size", "age", "minPrice", "maxPrice"})
    void aNumberOfThousandsOfDigitsIsRefusedAtOnce(String parameter) throws Exception {
        long started = System.nanoTime();

        HttpResponse<String> response = refused("catalogue?" + parameter + "=" + THOUSANDS_OF_DIGITS);

        assertThat(errors(response)).singleElement().asString().startsWith(parameter + ":");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        verifyNoInteractions(SEARCH);
    }

    @Test
    void catalogueBoundsWithinTheRulesReachTheUseCase() throws Exception {
        when(SEARCH.search(any(), any(), any())).thenThrow(NOT_FOUND);

        http.send("GET", "catalogue?minPrice=0&maxPrice=100000000&age=130&page=10000&size=200", null);

        ArgumentCaptor<CatalogueQuery> query = ArgumentCaptor.forClass(CatalogueQuery.class);
        verify(SEARCH).search(eq(ADMIN), query.capture(), any());
        assertThat(query.getValue().maxPrice()).isEqualTo(Money.ofKronor(100_000_000));
        assertThat(query.getValue().page().page()).isEqualTo(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "\"1\", \"2\"", "1", "\"12abc\"", "\"-1\"", "\"0\"", "\"01\"",
            "\"99999999999999999999\"", "\"9223372036854775808\"", "W/1", "w/\"1\"", "W/ \"1\"", "\"\"", "\"1",
            "'1'", "\"1\"x"})
    void ifMatchIsExactlyOneEntityTagAsThePlatformWritesThem(String ifMatch) throws Exception {
        HttpResponse<String> response = http.send("POST", PACKAGING + "/submission", null, "If-Match", ifMatch);

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("If-Match:INVALID_FORMAT");
        verifyNoInteractions(DRAFTS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"3\"|3", "W/\"3\"|3", "\"9223372036854775807\"|9223372036854775807"})
    void aStrongOrWeakEntityTagIsTheVersion(String ifMatch, long version) throws Exception {
        when(DRAFTS.submit(any(), any())).thenThrow(NOT_FOUND);

        assertProblem(http.send("POST", PACKAGING + "/submission", null, "If-Match", ifMatch), 404,
                "PACKAGING_NOT_FOUND");
        ArgumentCaptor<PackagingChange> change = ArgumentCaptor.forClass(PackagingChange.class);
        verify(DRAFTS).submit(eq(ADMIN), change.capture());
        assertThat(change.getValue().expectedVersion()).isEqualTo(version);
    }

    @Test
    void aMissingIfMatchIsStill428() throws Exception {
        assertProblem(http.send("POST", PACKAGING + "/submission", null), 428, "VERSION_REQUIRED");
        verifyNoInteractions(DRAFTS);
    }

    @Test
    void aRepeatedIfMatchIsAListAndRefused() throws Exception {
        HttpResponse<String> response = http.send("POST", PACKAGING + "/submission", null, "If-Match", "\"1\"",
                "If-Match", "\"2\"");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("If-Match:NOT_ALLOWED");
        verifyNoInteractions(DRAFTS);
    }

    @Test
    void theSeededChecklistIsVersionZeroButNothingBelow() throws Exception {
        String body = "{\"criteria\": [{\"key\": \"goal\", \"label\": {\"sv\": \"Mål\"}}]}";
        when(CHECKLIST.replace(any(), any())).thenThrow(new DomainException(ErrorCode.STALE_VERSION, "stale"));

        assertProblem(http.send("PUT", "review-checklist", body, "If-Match", "\"0\""), 412, "STALE_VERSION");
        ArgumentCaptor<ReplaceChecklistCommand> command = ArgumentCaptor.forClass(ReplaceChecklistCommand.class);
        verify(CHECKLIST).replace(eq(ADMIN), command.capture());
        assertThat(command.getValue().expectedVersion()).isZero();

        for (String refused : new String[] {"\"-1\"", "0", "*"}) {
            HttpResponse<String> response = http.send("PUT", "review-checklist", body, "If-Match", refused);
            assertProblem(response, 400, "VALIDATION_FAILED");
            assertThat(errors(response)).containsExactly("If-Match:INVALID_FORMAT");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope", "ISO-8859-1", "UTF-16", "\"\""})
    void aBodyInAnyCharsetButUtf8Is415(String charset) throws Exception {
        HttpResponse<String> response = withContentType("application/json; charset=" + charset);

        assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
        verifyNoInteractions(CHECKLIST);
    }

    @Test
    void aBodyDeclaredUtf8IsRead() throws Exception {
        when(CHECKLIST.replace(any(), any())).thenThrow(new DomainException(ErrorCode.STALE_VERSION, "stale"));

        assertProblem(withContentType("application/json; charset=utf-8"), 412, "STALE_VERSION");
    }

    private static HttpResponse<String> withContentType(String contentType) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(http.base().resolve("review-checklist"))
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"criteria\": [{\"key\": \"goal\", \"label\": {\"sv\": \"Mål\"}}]}"))
                .header("Content-Type", contentType).header("If-Match", "\"0\"")
                .header("Authorization", TestTokens.bearer(ADMIN)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> refused(String path) throws Exception {
        HttpResponse<String> response = http.send("GET", path, null);
        assertProblem(response, 400, "VALIDATION_FAILED");
        return response;
    }
}

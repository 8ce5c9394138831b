package se.esp.adapter.web.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static se.esp.adapter.web.testing.HttpHarness.assertProblem;
import static se.esp.adapter.web.testing.HttpHarness.errors;
import static se.esp.adapter.web.testing.HttpHarness.json;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

import jakarta.json.JsonObject;
import se.esp.adapter.web.security.RequestIdentity;
import se.esp.adapter.web.testing.HttpHarness;
import se.esp.application.port.in.fee.FeeScheduleCommands;
import se.esp.application.port.in.fee.GetFeeScheduleQuery;
import se.esp.application.port.in.fee.ManageFeeScheduleUseCase;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.fee.BillingPeriod;
import se.esp.domain.fee.ExampleFeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.FeeItemId;
import se.esp.domain.fee.FeeScheduleId;
import se.esp.domain.fee.Partnership;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;

/** The fee schedule REST adapter over real HTTP, with the use cases mocked. */
class FeeScheduleResourceHttpTest {

    private static final ManageFeeScheduleUseCase MANAGE = mock(ManageFeeScheduleUseCase.class);
    private static final GetFeeScheduleQuery GET = mock(GetFeeScheduleQuery.class);
    /** A platform administrator of the owner, signed in with a bearer token as on the server. */
    private static final ActingUser ADMIN = new ActingUser("admin@owner", OrganisationId.newId(),
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    private static HttpHarness http;

    static final String DEMO_RATES = """
            {"validFrom": "2026-01-01", "transactionFeePercent": "5", "scalingProjectFeePercent": "10",
             "membershipBands": [
               {"fromPopulation": 0, "entryFee": "5000.00", "annualFee": "8000.00"},
               {"fromPopulation": 10000, "entryFee": "10000.00", "annualFee": "16000.00"},
               {"fromPopulation": 100001, "entryFee": "20000.00", "annualFee": "32000.00"}],
             "participationFees": {"DRIVING": "1000000.00", "ACTIVE": "500000.00", "PARTICIPATING": "200000.00",
                                   "ASSOCIATED": "50000.00"},
             "indexation": {"yearlyPercent": "5", "baseYear": 2026}}""";

    @BeforeAll
    static void start() {
        http = new HttpHarness(ADMIN, new FeeScheduleResource(MANAGE, GET, new RequestIdentity()));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @BeforeEach
    void reset() {
        Mockito.reset(MANAGE, GET);
    }

    private static FeeSchedule demo(long version) {
        FeeSchedule schedule = FeeSchedule.establish(FeeScheduleId.newId(),
                new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026)), Instant.EPOCH).schedule();
        return FeeSchedule.reconstitute(schedule.id(), schedule.versions(), schedule.partnerships(),
                schedule.memberships(), schedule.jointCosts(), version);
    }

    @Test
    void establishesTheDemoScheduleFromItsJson() throws Exception {
        when(MANAGE.establish(any(), any())).thenReturn(demo(1));

        HttpResponse<String> response = http.send("POST", "fee-schedule", DEMO_RATES);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
        ArgumentCaptor<FeeScheduleCommands.Establish> command = ArgumentCaptor.forClass(FeeScheduleCommands.Establish.class);
        verify(MANAGE).establish(eq(ADMIN), command.capture());
        assertThat(command.getValue().rates()).isEqualTo(
                new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026)));
        JsonObject rates = json(response).getJsonArray("rates").getJsonObject(0);
        assertThat(rates.getString("transactionFeePercent")).isEqualTo("5");
        assertThat(rates.getJsonObject("participationFees").getString("DRIVING")).isEqualTo("1000000.00");
    }

    @Test
    void reportsEveryBadFieldOfTheRatesByItsPath() throws Exception {
        HttpResponse<String> response = http.send("POST", "fee-schedule", """
                {"validFrom": "2026-13-01", "transactionFeePercent": "105", "scalingProjectFeePercent": "10",
                 "membershipBands": [{"fromPopulation": 0, "entryFee": "5000.00", "annualFee": "8000.00"},
                                     {"fromPopulation": 10000, "annualFee": "16000.001"}],
                 "participationFees": {"DRIVING": "1", "ACTIVE": "1", "PARTICIPATING": "1", "TOWN": "1"},
                 "indexation": {"yearlyPercent": "5"}, "colour": "red"}""");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).contains("validFrom:INVALID_FORMAT", "transactionFeePercent:OUT_OF_RANGE",
                "membershipBands[1].entryFee:REQUIRED", "membershipBands[1].annualFee:INVALID_FORMAT",
                "participationFees.TOWN:UNKNOWN_VALUE", "indexation.baseYear:REQUIRED", "colour:NOT_ALLOWED");
        verifyNoInteractions(MANAGE);
    }

    @Test
    void aPartnershipNeedsTheVersionReadAndValidFields() throws Exception {
        assertProblem(http.send("POST", "fee-schedule/partnerships", """
                {"partnerId": "%s", "fee": "30000.00", "per": "MONTH", "startsOn": "2026-11-10"}"""
                .formatted(OrganisationId.newId())), 428, "VERSION_REQUIRED");

        HttpResponse<String> bad = http.send("POST", "fee-schedule/partnerships", """
                {"partnerId": "nope", "fee": "-1", "per": "FORTNIGHT"}""", "If-Match", "\"1\"");
        assertProblem(bad, 400, "VALIDATION_FAILED");
        assertThat(errors(bad)).contains("partnerId:INVALID_FORMAT", "per:UNKNOWN_VALUE", "startsOn:REQUIRED");
        verifyNoInteractions(MANAGE);
    }

    @Test
    void agreesAPartnershipOnTheVersionRead() throws Exception {
        when(MANAGE.agreePartnership(any(), any())).thenReturn(demo(2));
        OrganisationId partner = OrganisationId.newId();

        HttpResponse<String> response = http.send("POST", "fee-schedule/partnerships", """
                {"partnerId": "%s", "fee": "30000.00", "per": "MONTH", "startsOn": "2026-11-10"}"""
                .formatted(partner), "If-Match", "\"1\"");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"2\"");
        ArgumentCaptor<FeeScheduleCommands.AgreePartnership> command =
                ArgumentCaptor.forClass(FeeScheduleCommands.AgreePartnership.class);
        verify(MANAGE).agreePartnership(any(), command.capture());
        assertThat(command.getValue()).isEqualTo(new FeeScheduleCommands.AgreePartnership(1, partner,
                Money.ofKronor(30_000), BillingPeriod.MONTH, LocalDate.of(2026, 11, 10), null));
    }

    @Test
    void aJointCostReadsItsSharesAndAStaleVersionIsAPreconditionFailure() throws Exception {
        when(MANAGE.recordJointCost(any(), any())).thenThrow(new DomainException(ErrorCode.STALE_VERSION, "stale"));
        OrganisationId a = OrganisationId.newId();

        HttpResponse<String> response = http.send("POST", "fee-schedule/joint-costs", """
                {"description": "Gemensam utveckling", "amount": "100000.00", "costKey": "BY_POPULATION",
                 "chargedIn": "2026-11", "shares": [{"organisationId": "%s"}]}""".formatted(a), "If-Match", "\"3\"");

        assertProblem(response, 412, "STALE_VERSION");
        ArgumentCaptor<FeeScheduleCommands.RecordJointCost> command =
                ArgumentCaptor.forClass(FeeScheduleCommands.RecordJointCost.class);
        verify(MANAGE).recordJointCost(any(), command.capture());
        assertThat(command.getValue().shares()).singleElement()
                .satisfies(s -> assertThat(s.organisation()).isEqualTo(a));
    }

    @Test
    void aJointCostNamesABadShareByItsPathAndStoresNothing() throws Exception {
        HttpResponse<String> response = http.send("POST", "fee-schedule/joint-costs", """
                {"description": "Gemensam utveckling", "amount": "100000.00", "costKey": "BY_PARTICIPANTS",
                 "chargedIn": "2026-11", "shares": [{"organisationId": "%s", "participants": 2},
                 {"organisationId": "nope", "participants": 1, "colour": "red"}]}""".formatted(OrganisationId.newId()),
                "If-Match", "\"3\"");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).contains("shares[1].organisationId:INVALID_FORMAT", "shares[1].colour:NOT_ALLOWED");
        verifyNoInteractions(MANAGE);
    }

    @Test
    void negativeAmountsAreRefusedByTheirPathBeforeAnyUseCase() throws Exception {
        HttpResponse<String> rates = http.send("POST", "fee-schedule", DEMO_RATES
                .replace("\"entryFee\": \"10000.00\"", "\"entryFee\": \"-10000.00\"")
                .replace("\"ACTIVE\": \"500000.00\"", "\"ACTIVE\": \"-500000.00\"")
                .replace("\"transactionFeePercent\": \"5\"", "\"transactionFeePercent\": \"-5\"")
                .replace("\"baseYear\": 2026", "\"baseYear\": -2026"));
        assertProblem(rates, 400, "VALIDATION_FAILED");
        assertThat(errors(rates)).containsExactlyInAnyOrder("transactionFeePercent:OUT_OF_RANGE",
                "membershipBands[1].entryFee:OUT_OF_RANGE", "participationFees.ACTIVE:OUT_OF_RANGE",
                "indexation.baseYear:OUT_OF_RANGE");

        HttpResponse<String> partnership = http.send("POST", "fee-schedule/partnerships", """
                {"partnerId": "%s", "fee": "-30000.00", "per": "MONTH", "startsOn": "2026-11-10"}"""
                .formatted(OrganisationId.newId()), "If-Match", "\"1\"");
        assertProblem(partnership, 400, "VALIDATION_FAILED");
        assertThat(errors(partnership)).containsExactly("fee:OUT_OF_RANGE");

        HttpResponse<String> jointCost = http.send("POST", "fee-schedule/joint-costs", """
                {"description": "Gemensam utveckling", "amount": 0, "costKey": "BY_PARTICIPANTS",
                 "chargedIn": "2026-11", "shares": [{"organisationId": "%s", "participants": -2}]}"""
                .formatted(OrganisationId.newId()), "If-Match", "\"3\"");
        assertProblem(jointCost, 400, "VALIDATION_FAILED");
        assertThat(errors(jointCost)).containsExactly("amount:OUT_OF_RANGE", "shares[0].participants:OUT_OF_RANGE");
        verifyNoInteractions(MANAGE);
    }

    @Test
    void amountsAreExactToTheOreAsTextOrNumberAndFractionsOfOreAreRefused() throws Exception {
        when(MANAGE.agreePartnership(any(), any())).thenReturn(demo(2));
        OrganisationId partner = OrganisationId.newId();

        HttpResponse<String> response = http.send("POST", "fee-schedule/partnerships", """
                {"partnerId": "%s", "fee": 250000.01, "per": "YEAR", "startsOn": "2026-01-01",
                 "endsOn": "2026-12-31"}""".formatted(partner), "If-Match", "\"1\"");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        ArgumentCaptor<FeeScheduleCommands.AgreePartnership> command =
                ArgumentCaptor.forClass(FeeScheduleCommands.AgreePartnership.class);
        verify(MANAGE).agreePartnership(any(), command.capture());
        assertThat(command.getValue().fee()).isEqualTo(Money.ofOre(25_000_001));
        assertThat(command.getValue().endsOn()).isEqualTo(LocalDate.of(2026, 12, 31));

        HttpResponse<String> fraction = http.send("POST", "fee-schedule/partnerships", """
                {"partnerId": "%s", "fee": "30000.001", "per": "MONTH", "startsOn": "2026-11-10"}"""
                .formatted(partner), "If-Match", "\"1\"");
        assertProblem(fraction, 400, "VALIDATION_FAILED");
        assertThat(errors(fraction)).containsExactly("fee:INVALID_FORMAT");
    }

    @Test
    void theScheduleIsWrittenWithAmountsAsDecimalStringsAndEveryFieldPresent() throws Exception {
        OrganisationId partner = OrganisationId.newId();
        FeeSchedule schedule = demo(3);
        when(GET.get(any())).thenReturn(FeeSchedule.reconstitute(schedule.id(), schedule.versions(),
                java.util.List.of(new Partnership(FeeItemId.newId(), partner, Money.ofOre(3_000_050),
                        BillingPeriod.QUARTER, LocalDate.of(2026, 11, 10), null)),
                schedule.memberships(), schedule.jointCosts(), 3));

        JsonObject body = json(http.send("GET", "fee-schedule", null));

        JsonObject partnership = body.getJsonArray("partnerships").getJsonObject(0);
        assertThat(partnership.getString("fee")).isEqualTo("30000.50");
        assertThat(partnership.getString("per")).isEqualTo("QUARTER");
        assertThat(partnership.isNull("endsOn")).isTrue();
        JsonObject rates = body.getJsonArray("rates").getJsonObject(0);
        assertThat(rates.getJsonArray("membershipBands").getJsonObject(1).getString("entryFee")).isEqualTo("10000.00");
        assertThat(rates.getJsonObject("indexation").getString("yearlyPercent")).isEqualTo("5");
        assertThat(rates.getJsonObject("indexation").getInt("baseYear")).isEqualTo(2026);
        assertThat(body.getJsonNumber("version").longValue()).isEqualTo(3);
    }

    @Test
    void anUnknownNestedFieldIsRefusedByItsPathAndARefusedElementKeepsTheOthersPaths() throws Exception {
        HttpResponse<String> response = http.send("POST", "fee-schedule", DEMO_RATES
                .replace("\"membershipBands\": [", "\"membershipBands\": [null, ")
                .replace("\"annualFee\": \"16000.00\"", "\"annualFee\": \"16000.001\", \"colour\": \"red\"")
                .replace("\"baseYear\": 2026", "\"baseYear\": 2026, \"colour\": \"red\""));

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("membershipBands[0]:REQUIRED",
                "membershipBands[2].annualFee:INVALID_FORMAT", "membershipBands[2].colour:NOT_ALLOWED",
                "indexation.colour:NOT_ALLOWED");
        verifyNoInteractions(MANAGE);
    }

    @Test
    void aDuplicateKeyIsMalformedAndNamesTheField() throws Exception {
        HttpResponse<String> response = http.send("POST", "fee-schedule/partnerships", """
                {"partnerId": "%s", "fee": "1.00", "fee": "1000000.00", "per": "MONTH", "startsOn": "2026-11-10"}"""
                .formatted(OrganisationId.newId()), "If-Match", "\"1\"");

        assertProblem(response, 400, "MALFORMED_JSON");
        assertThat(errors(response)).containsExactly("fee:INVALID_FORMAT");
        verifyNoInteractions(MANAGE);
    }

    @Test
    void datesMonthsAndEnumsAreReadStrictlyAndAParticipationLevelByNameInAnyCase() throws Exception {
        HttpResponse<String> jointCost = http.send("POST", "fee-schedule/joint-costs", """
                {"description": "Gemensam utveckling", "amount": "1000.00", "costKey": "by_population",
                 "chargedIn": "3026-11", "shares": []}""", "If-Match", "\"3\"");
        assertProblem(jointCost, 400, "VALIDATION_FAILED");
        assertThat(errors(jointCost)).containsExactly("costKey:UNKNOWN_VALUE", "shares:REQUIRED",
                "chargedIn:OUT_OF_RANGE");

        assertThat(errors(http.send("POST", "fee-schedule/memberships", """
                {"organisationId": "%s", "joinedOn": "10/11/2026"}""".formatted(OrganisationId.newId()),
                "If-Match", "\"3\""))).containsExactly("joinedOn:INVALID_FORMAT");
        assertThat(errors(http.send("POST", "fee-schedule/agreements/%s/end".formatted(FeeItemId.newId()), "{}",
                "If-Match", "\"3\""))).containsExactly("lastDay:REQUIRED");
        verifyNoInteractions(MANAGE);

        when(MANAGE.establish(any(), any())).thenReturn(demo(1));
        HttpResponse<String> lowerCase = http.send("POST", "fee-schedule", DEMO_RATES.replace("\"DRIVING\"",
                "\"driving\""));
        assertThat(lowerCase.statusCode()).as(lowerCase.body()).isEqualTo(201);
    }

    @Test
    void readingIsForAdministratorsAndCarriesTheVersion() throws Exception {
        when(GET.get(any())).thenReturn(demo(4));
        HttpResponse<String> response = http.send("GET", "fee-schedule", null);
        assertThat(response.headers().firstValue("ETag")).contains("\"4\"");
        assertThat(json(response).getJsonArray("rates")).hasSize(1);

        when(GET.get(any())).thenThrow(new DomainException(ErrorCode.ACCESS_DENIED, "administrators only"));
        assertProblem(http.send("GET", "fee-schedule", null), 403, "ACCESS_DENIED");
    }

    @Test
    void anAnonymousCallIsRefusedWith401BeforeAnyUseCase() throws Exception {
        assertProblem(http.anonymous().send("GET", "fee-schedule", null), 401, "NOT_AUTHENTICATED");
        assertProblem(http.anonymous().send("POST", "fee-schedule", DEMO_RATES), 401, "NOT_AUTHENTICATED");
        verifyNoInteractions(MANAGE, GET);
    }
}

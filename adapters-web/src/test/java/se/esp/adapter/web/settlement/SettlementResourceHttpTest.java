package se.esp.adapter.web.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static se.esp.adapter.web.testing.HttpHarness.assertProblem;
import static se.esp.adapter.web.testing.HttpHarness.errors;
import static se.esp.adapter.web.testing.HttpHarness.json;

import java.net.http.HttpResponse;
import java.time.Instant;
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
import se.esp.application.port.in.settlement.SettlementUseCases;
import se.esp.application.port.in.settlement.StatementDocuments;
import se.esp.application.port.in.settlement.StatementView;
import se.esp.domain.settlement.OwedMoneyDocument;
import se.esp.domain.settlement.SettlementDocuments;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.PeriodStatus;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.settlement.Statement;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** The settlement REST adapter over real HTTP, with the use cases mocked. */
class SettlementResourceHttpTest {

    private static final SettlementUseCases SETTLEMENT = mock(SettlementUseCases.class);
    /** A platform administrator of the owner, signed in with a bearer token as on the server. */
    private static final ActingUser ADMIN = new ActingUser("admin@owner", OrganisationId.newId(),
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    private static HttpHarness http;

    @BeforeAll
    static void start() {
        http = new HttpHarness(ADMIN, new SettlementResource(SETTLEMENT, new RequestIdentity()));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @BeforeEach
    void reset() {
        Mockito.reset(SETTLEMENT);
    }

    private static SettlementPeriod settledNovember() {
        SettlementPeriod period = SettlementPeriod.open(StatementFixtures.NOVEMBER);
        period.settle(StatementFixtures.november(), Instant.parse("2026-11-30T10:00:00Z"));
        return SettlementPeriod.reconstitute(period.period(), period.status(), period.owner().orElseThrow(),
                period.totals(), period.runs(), null, 1);
    }

    @Test
    void settlingAnswersTheNetPositionsSummingToZeroAndTheOwnersFeeRevenue() throws Exception {
        when(SETTLEMENT.settle(eq(ADMIN), eq(YearMonth.of(2026, 11)))).thenReturn(settledNovember());

        HttpResponse<String> response = http.send("POST", "settlement/periods/2026-11/runs", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
        JsonObject body = json(response);
        assertThat(body.getString("total")).isEqualTo("0.00");
        assertThat(body.getString("status")).isEqualTo("OPEN");
        assertThat(body.getJsonObject("ownerFeeRevenue").getString("TRANSACTION_FEE")).isEqualTo("975.00");
        assertThat(body.getJsonArray("netPositions").getValuesAs(JsonObject.class))
                .anySatisfy(n -> {
                    assertThat(n.getString("organisationId")).isEqualTo(StatementFixtures.RONNEBY.id().toString());
                    assertThat(n.getString("net")).isEqualTo("14025.00");
                });
    }

    @Test
    void aMalformedMonthIsABadRequestNamingThePeriod() throws Exception {
        HttpResponse<String> response = http.send("POST", "settlement/periods/november/runs", null);

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("period:INVALID_FORMAT");
        verifyNoInteractions(SETTLEMENT);
    }

    @Test
    void closingTooEarlyIsAConflict() throws Exception {
        when(SETTLEMENT.close(any(), any())).thenThrow(new DomainException(ErrorCode.SETTLEMENT_PERIOD_NOT_ENDED,
                "2026-11 ends on 2026-11-30"));

        assertProblem(http.send("POST", "settlement/periods/2026-11/close", null), 409, "SETTLEMENT_PERIOD_NOT_ENDED");
    }

    @Test
    void theStatementAsSwedishCsvHasTheColumnsSemicolonsAndDecimalCommas() throws Exception {
        StatementView olofstrom = StatementFixtures.statementOf(StatementFixtures.OLOFSTROM);
        ActingUser caseOfficer = new ActingUser("case-officer@olofstrom", StatementFixtures.OLOFSTROM.id(),
                EnumSet.of(UserRole.CONSUMER_STAFF));
        when(SETTLEMENT.statement(eq(caseOfficer), eq(StatementFixtures.NOVEMBER),
                eq(StatementFixtures.OLOFSTROM.id()))).thenReturn(olofstrom);

        HttpResponse<String> response = http.as(caseOfficer).send("GET", "settlement/periods/2026-11/statements/"
                + StatementFixtures.OLOFSTROM.id() + "/statement.csv?dialect=swedish", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.body()).as("a byte-order mark, so Excel reads UTF-8").startsWith("\uFEFF");
        List<String> rows = List.of(response.body().substring(1).split("\r\n"));
        assertThat(rows.get(0).split(";")).containsExactlyElementsOf(StatementCsv.COLUMNS);
        assertThat(rows).hasSize(1 + olofstrom.statement().lines().size());
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .startsWith("2026-11;212000-0811;Olofströms kommun;DELIVERY_BOUGHT;-13000,00;DELIVERY;"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains(";JOINT_COST;-13968,09;")
                .contains("\"Gemensam utveckling; \"\"bokning\"\", del 13061 av 93506\""));
    }

    @Test
    void theStandardCsvUsesCommasAndPoints() throws Exception {
        when(SETTLEMENT.statement(any(), any(), any()))
                .thenReturn(StatementFixtures.statementOf(StatementFixtures.OLOFSTROM));

        HttpResponse<String> response = http.send("GET", "settlement/periods/2026-11/statements/"
                + StatementFixtures.OLOFSTROM.id() + "/statement.csv", null);

        assertThat(response.body().split("\r\n")[0]).isEqualTo(String.join(",", StatementCsv.COLUMNS));
        assertThat(response.body()).contains(",DELIVERY_BOUGHT,-13000.00,");
        assertProblem(http.send("GET", "settlement/periods/2026-11/statements/"
                + StatementFixtures.OLOFSTROM.id() + "/statement.csv?dialect=klingon", null), 400, "VALIDATION_FAILED");
    }

    @Test
    void theInvoiceOfAClosedMonthIsUbl() throws Exception {
        when(SETTLEMENT.documents(any(), any(), any())).thenReturn(
                StatementFixtures.documentsOf(StatementFixtures.statementOf(StatementFixtures.OLOFSTROM)));

        HttpResponse<String> response = http.send("GET", "settlement/periods/2026-11/statements/"
                + StatementFixtures.OLOFSTROM.id() + "/invoice.xml", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/xml"));
        assertThat(response.body()).contains("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"")
                .contains("<cbc:IssueDate>2026-12-01</cbc:IssueDate>");
    }

    @Test
    void aSellersDocumentsAreListedAndEachDownloadsByItsNumber() throws Exception {
        StatementView ronneby = StatementFixtures.statementOf(StatementFixtures.RONNEBY);
        when(SETTLEMENT.documents(any(), any(), eq(StatementFixtures.RONNEBY.id()))).thenReturn(
                new StatementDocuments(ronneby, SettlementDocuments.of(ronneby.statement(),
                        ronneby.organisation().number(), ronneby.owner().id(), OwedMoneyDocument.SELF_BILLING_INVOICE)));
        String base = "settlement/periods/2026-11/statements/" + StatementFixtures.RONNEBY.id() + "/documents";

        HttpResponse<String> list = http.send("GET", base, null);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(json(list).getJsonArray("documents").getValuesAs(JsonObject.class)).extracting(
                d -> d.getString("kind"), d -> d.getString("number"), d -> d.getString("payable")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("INVOICE", "ESP-2026-11-2120000837", "5718.75"),
                org.assertj.core.groups.Tuple.tuple("SELF_BILLING_INVOICE", "ESP-SB-2026-11-2120000837", "19500.00"));

        HttpResponse<String> selfBilled = http.send("GET", base + "/ESP-SB-2026-11-2120000837", null);
        assertThat(selfBilled.statusCode()).as(selfBilled.body()).isEqualTo(200);
        assertThat(selfBilled.body()).contains("<cbc:InvoiceTypeCode>389</cbc:InvoiceTypeCode>");
        assertThat(selfBilled.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"ESP-SB-2026-11-2120000837.xml\"");
        assertProblem(http.send("GET", base + "/ESP-2026-10-2120000837", null), 409, "NO_SETTLEMENT_DOCUMENT");
    }

    @Test
    void anOpenMonthHasNoInvoiceAndACreditorHasNone() throws Exception {
        StatementView closed = StatementFixtures.statementOf(StatementFixtures.OLOFSTROM);
        StatementView open = new StatementView(new Statement(closed.statement().period(),
                closed.statement().organisation(), PeriodStatus.OPEN, closed.statement().lines()),
                closed.organisation(), closed.owner(), closed.counterparties(), null);
        when(SETTLEMENT.documents(any(), any(), eq(StatementFixtures.OLOFSTROM.id())))
                .thenAnswer(call -> StatementFixtures.documentsOf(open));
        when(SETTLEMENT.documents(any(), any(), eq(StatementFixtures.MALMO.id())))
                .thenReturn(StatementFixtures.documentsOf(StatementFixtures.statementOf(StatementFixtures.MALMO)));

        assertProblem(http.send("GET", "settlement/periods/2026-11/statements/" + StatementFixtures.OLOFSTROM.id()
                + "/invoice.xml", null), 409, "SETTLEMENT_PERIOD_OPEN");
        assertProblem(http.send("GET", "settlement/periods/2026-11/statements/" + StatementFixtures.MALMO.id()
                + "/invoice.xml", null), 409, "NOTHING_TO_INVOICE");
    }

    @Test
    void anotherOrganisationsStatementIsForbidden() throws Exception {
        when(SETTLEMENT.statement(any(), any(), any())).thenThrow(new DomainException(ErrorCode.ACCESS_DENIED,
                "you may read only the statement of the organisation you act for"));

        assertProblem(http.send("GET", "settlement/periods/2026-11/statements/" + StatementFixtures.BORLANGE.id(),
                null), 403, "ACCESS_DENIED");
        assertProblem(http.send("GET", "settlement/periods/2026-11/statements/not-an-id", null), 404,
                "ORGANISATION_NOT_FOUND");
    }

    @Test
    void theJsonStatementListsEveryLineWithItsCause() throws Exception {
        when(SETTLEMENT.statement(any(), any(), any()))
                .thenReturn(StatementFixtures.statementOf(StatementFixtures.RONNEBY));

        JsonObject body = json(http.send("GET", "settlement/periods/2026-11/statements/"
                + StatementFixtures.RONNEBY.id(), null));

        assertThat(body.getString("net")).isEqualTo("14025.00");
        assertThat(body.getJsonArray("lines")).hasSize(3);
        assertThat(body.getJsonArray("lines").getValuesAs(JsonObject.class))
                .allSatisfy(l -> assertThat(l.getString("causeId")).isEqualTo("delivery-study-guidance-ar-1"));
    }

    @Test
    void anUnsettledMonthAndTheListOfMonthsHaveEveryFieldNullWhereThereIsNoValue() throws Exception {
        SettlementPeriod december = SettlementPeriod.open(YearMonth.of(2026, 12));
        when(SETTLEMENT.get(any(), eq(YearMonth.of(2026, 12)))).thenReturn(december);
        when(SETTLEMENT.list(any(), eq(24))).thenReturn(List.of(december, settledNovember()));

        JsonObject period = json(http.send("GET", "settlement/periods/2026-12", null));
        assertThat(period.isNull("ownerId")).isTrue();
        assertThat(period.isNull("closedAt")).isTrue();
        assertThat(period.getString("total")).isEqualTo("0.00");
        assertThat(period.getJsonObject("ownerFeeRevenue")).isEmpty();
        assertThat(period.getJsonArray("runs")).isEmpty();

        HttpResponse<String> list = http.send("GET", "settlement/periods", null);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(json(list).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("period") + " " + p.getString("status") + " " + p.getInt("runs") + " "
                        + p.getInt("lineCount"))
                .containsExactly("2026-12 OPEN 0 0", "2026-11 OPEN 1 " + settledNovember().lineCount());
    }

    @Test
    void aStatementLineWritesEveryFieldNullWhereItHasNoValueAndTheSumsPerKind() throws Exception {
        when(SETTLEMENT.statement(any(), any(), any()))
                .thenReturn(StatementFixtures.statementOf(StatementFixtures.OLOFSTROM));

        JsonObject body = json(http.send("GET", "settlement/periods/2026-11/statements/"
                + StatementFixtures.OLOFSTROM.id(), null));

        assertThat(body.getString("organisationNumber")).isEqualTo("212000-0811");
        assertThat(body.getString("net")).isEqualTo("-36968.09");
        assertThat(body.getJsonObject("byKind").getString("JOINT_COST")).isEqualTo("-13968.09");
        JsonObject bought = body.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("kind").equals("DELIVERY_BOUGHT")).findFirst().orElseThrow();
        assertThat(bought.getString("amount")).isEqualTo("-13000.00");
        assertThat(bought.getString("counterpartyName")).isEqualTo("Ronneby kommun");
        assertThat(bought.isNull("rule")).isTrue();
        assertThat(bought.isNull("corrects")).isTrue();
    }

    @Test
    void anAnonymousCallIsRefusedWith401BeforeAnyUseCase() throws Exception {
        HttpResponse<String> response = http.anonymous().send("POST", "settlement/periods/2026-11/runs", null);

        assertProblem(response, 401, "NOT_AUTHENTICATED");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        verifyNoInteractions(SETTLEMENT);
    }
}

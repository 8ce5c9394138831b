package se.esp.adapter.web.delivery;

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

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

import jakarta.json.JsonObject;
import se.esp.adapter.web.security.RequestIdentity;
import se.esp.adapter.web.testing.HttpHarness;
import se.esp.application.paging.Page;
import se.esp.application.port.in.delivery.CompleteDeliveryCommand;
import se.esp.application.port.in.delivery.DeliveryChange;
import se.esp.application.port.in.delivery.DeliveryView;
import se.esp.application.port.in.delivery.GetDeliveryQuery;
import se.esp.application.port.in.delivery.ListDeliveriesQuery;
import se.esp.application.port.in.delivery.ManageDeliveryUseCase;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.ParticipationOutcome;
import se.esp.domain.delivery.ResourceAssignment;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/** The delivery resource over real HTTP with the use cases mocked. */
class DeliveryResourceHttpTest {

    private static final GetDeliveryQuery GET = mock(GetDeliveryQuery.class);
    private static final ListDeliveriesQuery LIST = mock(ListDeliveriesQuery.class);
    private static final ManageDeliveryUseCase MANAGE = mock(ManageDeliveryUseCase.class);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final OrganisationId RONNEBY = OrganisationId.newId();
    private static final OrganisationId OLOFSTROM = OrganisationId.newId();
    private static final OrganisationId BORLANGE = OrganisationId.newId();
    private static final ActingUser SUPPLIER = new ActingUser("ronneby-supplier", RONNEBY,
            EnumSet.of(UserRole.SUPPLIER_STAFF));
    private static final List<ParticipantId> PARTICIPANTS = List.of(ParticipantId.newId(), ParticipantId.newId(),
            ParticipantId.newId());

    private static HttpHarness http;

    @BeforeAll
    static void start() {
        http = new HttpHarness(SUPPLIER, new DeliveryResource(GET, LIST, MANAGE, new RequestIdentity()));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @BeforeEach
    void reset() {
        Mockito.reset(GET, LIST, MANAGE);
    }

    private static DeliveryView coDelivery() {
        Delivery delivery = Delivery.open(DeliveryId.newId(), OfferingVersionId.newId(), RONNEBY,
                "Study guidance online, Arabic", LanguageCode.of("ar"), new ResourceAssignment(ResourceId.newId(),
                        "Amina Haddad", OrganisationId.newId(), Money.parse("450.00"), new BigDecimal("10")),
                List.of(WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "10:00")), LocalDate.of(2026, 12, 7),
                LocalDate.of(2027, 2, 14), 8, Money.parse("6500.00"), CostSplitRule.PER_PARTICIPANT, NOW).delivery();
        delivery.seat(ApplicationId.newId(), OLOFSTROM, PARTICIPANTS.subList(0, 2), NOW);
        delivery.seat(ApplicationId.newId(), BORLANGE, PARTICIPANTS.subList(2, 3), NOW);
        Delivery stored = Delivery.reconstitute(delivery.id(), delivery.offeringVersion(), delivery.supplier(),
                delivery.title(), delivery.language(), delivery.resource(), delivery.sessionSlots(),
                delivery.startsOn(), delivery.lastDay(), delivery.maxParticipants(), delivery.pricePerParticipant(),
                delivery.costSplitRule(), delivery.openedAt(), delivery.seats(), delivery.status(), null, null, null,
                null, 3);
        return new DeliveryView(stored, stored.seats(), stored.costShares(Map.of()));
    }

    @Test
    void readsTheDeliveryWithItsSessionsSeatsAndSharesAsDecimalStrings() throws Exception {
        DeliveryView view = coDelivery();
        when(GET.get(SUPPLIER, view.delivery().id())).thenReturn(view);

        HttpResponse<String> response = http.send("GET", "deliveries/" + view.delivery().id(), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"3\"");
        JsonObject body = json(response);
        assertThat(body.getString("price")).isEqualTo("19500.00");
        assertThat(body.getInt("participants")).isEqualTo(3);
        assertThat(body.getJsonArray("seats")).hasSize(3);
        assertThat(body.getJsonArray("costShares").getJsonObject(0).getString("amount")).isEqualTo("13000.00");
        assertThat(body.getJsonArray("costShares").getJsonObject(1).getString("amount")).isEqualTo("6500.00");
        assertThat(body.getJsonArray("sessions").getJsonObject(0).getString("day")).isEqualTo("MONDAY");
        assertThat(body.getJsonObject("resource").getString("hours")).isEqualTo("10");
    }

    @Test
    void completesWithEveryParticipantsOutcomeAndNamesEachBadOne() throws Exception {
        DeliveryView view = coDelivery();
        when(MANAGE.complete(any(), any())).thenReturn(view);

        HttpResponse<String> response = http.send("POST", "deliveries/" + view.delivery().id() + "/completion", """
                {"outcomes": [{"participantId": "%s", "outcome": "COMPLETED"},
                              {"participantId": "%s", "outcome": "NOT_COMPLETED"}]}"""
                .formatted(PARTICIPANTS.get(0), PARTICIPANTS.get(1)), "If-Match", "\"3\"");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        ArgumentCaptor<CompleteDeliveryCommand> command = ArgumentCaptor.forClass(CompleteDeliveryCommand.class);
        verify(MANAGE).complete(eq(SUPPLIER), command.capture());
        assertThat(command.getValue().expectedVersion()).isEqualTo(3);
        assertThat(command.getValue().outcomes()).containsExactly(
                Map.entry(PARTICIPANTS.get(0), ParticipationOutcome.COMPLETED),
                Map.entry(PARTICIPANTS.get(1), ParticipationOutcome.NOT_COMPLETED));

        HttpResponse<String> refused = http.send("POST", "deliveries/" + view.delivery().id() + "/completion", """
                {"outcomes": [{"participantId": "x", "outcome": "DONE"}, {"outcome": "COMPLETED"}]}""",
                "If-Match", "\"3\"");
        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(errors(refused)).containsExactlyInAnyOrder("outcomes[0].participantId:INVALID_FORMAT",
                "outcomes[0].outcome:UNKNOWN_VALUE", "outcomes[1].participantId:REQUIRED");
    }

    @Test
    void aCompletionNamesUnknownNestedFieldsRepeatedParticipantsAndRefusedItemsByTheirPlace() throws Exception {
        DeliveryView view = coDelivery();
        String completion = "deliveries/" + view.delivery().id() + "/completion";

        HttpResponse<String> refused = http.send("POST", completion, """
                {"outcomes": [null, {"participantId": "%s", "outcome": "COMPLETED", "grade": "A"},
                              {"participantId": "%s", "outcome": "NOT_COMPLETED"}]}"""
                .formatted(PARTICIPANTS.get(0), PARTICIPANTS.get(0)), "If-Match", "\"3\"");
        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(errors(refused)).containsExactlyInAnyOrder("outcomes[0]:REQUIRED",
                "outcomes[1].grade:NOT_ALLOWED", "outcomes[2].participantId:NOT_ALLOWED");

        HttpResponse<String> missing = http.send("POST", completion, "{\"outcome\": []}", "If-Match", "\"3\"");
        assertThat(errors(missing)).containsExactlyInAnyOrder("outcomes:REQUIRED", "outcome:NOT_ALLOWED");

        HttpResponse<String> duplicateKey = http.send("POST", completion, """
                {"outcomes": [{"participantId": "%s", "outcome": "COMPLETED", "outcome": "NOT_COMPLETED"}]}"""
                .formatted(PARTICIPANTS.get(0)), "If-Match", "\"3\"");
        assertProblem(duplicateKey, 400, "MALFORMED_JSON");
        assertThat(errors(duplicateKey)).containsExactly("outcomes[0].outcome:INVALID_FORMAT");
        verifyNoInteractions(MANAGE);
    }

    @Test
    void aCancellationReasonOverTheLimitIsRefusedByName() throws Exception {
        DeliveryView view = coDelivery();

        HttpResponse<String> response = http.send("POST", "deliveries/" + view.delivery().id() + "/cancellation",
                "{\"reason\": \"" + "x".repeat(Delivery.MAX_REASON_LENGTH + 1) + "\"}", "If-Match", "\"3\"");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("reason:TOO_LONG");
        verifyNoInteractions(MANAGE);
    }

    @Test
    void everyDocumentedFieldIsWrittenAlsoWhenItHasNoValue() throws Exception {
        DeliveryView view = coDelivery();
        when(LIST.list(any(), any(), any())).thenAnswer(call -> new Page<>(List.of(view), call.getArgument(2), 1));

        HttpResponse<String> response = http.send("GET", "deliveries?page=0&size=5", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        JsonObject page = json(response);
        assertThat(page.keySet()).containsExactly("items", "page", "size", "totalItems", "totalPages");
        JsonObject delivery = page.getJsonArray("items").getJsonObject(0);
        assertThat(delivery.keySet()).containsExactly("id", "offeringVersionId", "supplierOrganisationId", "title",
                "language", "resource", "sessions", "startsOn", "lastDay", "maxParticipants", "participants",
                "pricePerParticipant", "price", "costSplitRule", "status", "seats", "costShares", "startedAt",
                "completedAt", "cancelledAt", "cancellationReason", "version");
        assertThat(delivery.isNull("startedAt")).isTrue();
        assertThat(delivery.isNull("cancellationReason")).isTrue();
        assertThat(delivery.getJsonObject("resource").keySet()).containsExactly("resourceId", "displayName",
                "employerOrganisationId", "hourlyRate", "hours");
        assertThat(delivery.getJsonArray("seats").getJsonObject(0).isNull("outcome")).isTrue();
        assertThat(delivery.getString("pricePerParticipant")).isEqualTo("6500.00");
    }

    @Test
    void startsAndCancelsWithTheVersionReadAndACancellationNeedsAReason() throws Exception {
        DeliveryView view = coDelivery();
        when(MANAGE.start(any(), any())).thenReturn(view);

        assertThat(http.send("POST", "deliveries/" + view.delivery().id() + "/start", null, "If-Match", "\"3\"")
                .statusCode()).isEqualTo(200);
        verify(MANAGE).start(SUPPLIER, new DeliveryChange(view.delivery().id(), 3, null));
        HttpResponse<String> noReason = http.send("POST", "deliveries/" + view.delivery().id() + "/cancellation",
                "{}", "If-Match", "\"3\"");
        assertThat(errors(noReason)).containsExactly("reason:REQUIRED");
        assertProblem(http.send("POST", "deliveries/" + view.delivery().id() + "/start", null), 428,
                "VERSION_REQUIRED");
    }

    @Test
    void aDeliveryTheCallerTakesNoPartInIsNotFound() throws Exception {
        DeliveryId other = DeliveryId.newId();
        when(GET.get(any(), eq(other))).thenThrow(new DomainException(ErrorCode.DELIVERY_NOT_FOUND, "no"));

        assertProblem(http.send("GET", "deliveries/" + other, null), 404, "DELIVERY_NOT_FOUND");
        assertProblem(http.send("GET", "deliveries/nonsense", null), 404, "DELIVERY_NOT_FOUND");
        assertProblem(http.anonymous().send("GET", "deliveries/" + other, null), 401, "NOT_AUTHENTICATED");
        verifyNoInteractions(LIST, MANAGE);
    }
}

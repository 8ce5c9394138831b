package se.esp.adapter.web.application;

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
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.application.ApplicationChange;
import se.esp.application.port.in.application.ApplicationFilter;
import se.esp.application.port.in.application.ChangeApplicationUseCase;
import se.esp.application.port.in.application.GetApplicationQuery;
import se.esp.application.port.in.application.ListApplicationsQuery;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.application.port.in.application.SubmitApplicationUseCase;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.application.Answers;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationParticipant;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.application.RawAnswer;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;
import se.esp.domain.shared.ViolationCode;

/** The application resource over real HTTP with the use cases mocked: JSON in and out, status codes, problems. */
class ApplicationResourceHttpTest {

    private static final SubmitApplicationUseCase SUBMIT = mock(SubmitApplicationUseCase.class);
    private static final GetApplicationQuery GET = mock(GetApplicationQuery.class);
    private static final ListApplicationsQuery LIST = mock(ListApplicationsQuery.class);
    private static final ChangeApplicationUseCase CHANGE = mock(ChangeApplicationUseCase.class);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final OrganisationId OLOFSTROM = OrganisationId.newId();
    private static final ActingUser CASE_OFFICER = new ActingUser("olofstrom-consumer", OLOFSTROM,
            EnumSet.of(UserRole.CONSUMER_STAFF));
    private static final OfferingVersionId VERSION = OfferingVersionId.newId();

    private static HttpHarness http;

    @BeforeAll
    static void start() {
        http = new HttpHarness(CASE_OFFICER, new ApplicationResource(SUBMIT, GET, LIST, CHANGE,
                new RequestIdentity()));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @BeforeEach
    void reset() {
        Mockito.reset(SUBMIT, GET, LIST, CHANGE);
    }

    private static Application matched() {
        Application application = Application.submit(ApplicationId.newId(), OLOFSTROM, "olofstrom-consumer",
                new IdempotencyKey("olofstrom-0042"), OfferingId.newId(), VERSION, OrganisationId.newId(),
                List.of(new ApplicationParticipant(ParticipantId.newId(), Set.of(TargetGroup.NEWLY_ARRIVED),
                        new Answers(Map.of("previousEducation", "Gymnasium")))), LanguageCode.of("ar"),
                LocalDate.of(2026, 12, 7), false, NOW).application();
        application.match(DeliveryId.newId(), "Opened a new Arabic delivery led by Amina Haddad.", NOW);
        return Application.reconstitute(application.id(), application.consumer(), application.submittedBy(),
                application.idempotencyKey().orElse(null), application.offering(), application.offeringVersion(),
                application.supplier(), application.participants(), application.language(),
                application.earliestStart(), application.urgent(), application.receivedAt(), application.status(),
                null, application.explanation().orElse(null), application.delivery().orElse(null),
                application.decidedAt().orElse(null), 2);
    }

    private static final String SUBMISSION = """
            {"offeringVersionId": "%s", "language": "ar", "earliestStart": "2026-12-07", "urgent": true,
             "participants": [{"name": "Amina Yusuf", "preferredLanguage": "ar", "targetGroups": ["NEWLY_ARRIVED"],
                               "answers": {"previousEducation": "Gymnasium", "yearsInSweden": 2.5,
                                           "interpreter": true, "note": null}}]}""";

    @Test
    void submitsWithTheKeyAndAnswersWithTheStoredDecisionAndNoCaching() throws Exception {
        Application application = matched();
        when(SUBMIT.submit(any(), any())).thenReturn(new SubmitApplicationUseCase.Submitted(application, true));

        HttpResponse<String> response = http.send("POST", "applications", SUBMISSION.formatted(VERSION),
                "Idempotency-Key", "olofstrom-0042");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/applications/" + application.id()));
        assertThat(response.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                c -> assertThat(c).contains("no-store"));
        JsonObject body = json(response);
        assertThat(body.getString("status")).isEqualTo("MATCHED");
        assertThat(body.getJsonObject("match").getString("explanation")).contains("Amina Haddad");
        assertThat(body.getJsonObject("match").getString("deliveryId"))
                .isEqualTo(application.delivery().orElseThrow().toString());
        ArgumentCaptor<SubmitApplicationCommand> command = ArgumentCaptor.forClass(SubmitApplicationCommand.class);
        verify(SUBMIT).submit(eq(CASE_OFFICER), command.capture());
        assertThat(command.getValue().idempotencyKey()).isEqualTo(new IdempotencyKey("olofstrom-0042"));
        assertThat(command.getValue().urgent()).isTrue();
        assertThat(command.getValue().participants()).singleElement().satisfies(p -> {
            assertThat(p.details().name().value()).isEqualTo("Amina Yusuf");
            assertThat(p.targetGroups()).containsExactly(TargetGroup.NEWLY_ARRIVED);
            assertThat(p.answers()).containsExactly(Map.entry("previousEducation", RawAnswer.text("Gymnasium")),
                    Map.entry("yearsInSweden", RawAnswer.number("2.5")),
                    Map.entry("interpreter", RawAnswer.bool(true)));
        });
    }

    @Test
    void aRetryAnswers200WithTheFirstApplication() throws Exception {
        Application application = matched();
        when(SUBMIT.submit(any(), any())).thenReturn(new SubmitApplicationUseCase.Submitted(application, false));

        HttpResponse<String> response = http.send("POST", "applications", SUBMISSION.formatted(VERSION),
                "Idempotency-Key", "olofstrom-0042");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).getString("id")).isEqualTo(application.id().toString());
    }

    @Test
    void namesEveryMalformedFieldOfTheBodyAndCallsNothing() throws Exception {
        HttpResponse<String> response = http.send("POST", "applications", """
                {"offeringVersionId": "v1", "language": "xx", "earliestStart": "7 december",
                 "participants": [{"preferredLanguage": "ar", "targetGroups": ["MARTIANS"], "answers": [1]}],
                 "priority": "high"}""", "Idempotency-Key", "has spaces");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("offeringVersionId:INVALID_FORMAT",
                "language:UNKNOWN_VALUE", "earliestStart:INVALID_FORMAT", "participants[0].name:REQUIRED",
                "participants[0].targetGroups[0]:UNKNOWN_VALUE", "participants[0].answers:INVALID_FORMAT",
                "priority:NOT_ALLOWED", "idempotencyKey:INVALID_FORMAT");
        verifyNoInteractions(SUBMIT);
    }

    @Test
    void answersWithEveryDocumentedFieldNullWhereThereIsNoValue() throws Exception {
        Application application = matched();
        when(GET.get(any(), eq(application.id()))).thenReturn(application);

        JsonObject body = json(http.send("GET", "applications/" + application.id(), null));

        assertThat(body.keySet()).containsExactly("id", "consumerOrganisationId", "supplierOrganisationId",
                "offeringId", "offeringVersionId", "language", "earliestStart", "urgent", "receivedAt", "submittedBy",
                "idempotencyKey", "status", "participants", "match", "version");
        assertThat(body.getString("earliestStart")).isEqualTo("2026-12-07");
        assertThat(body.getString("receivedAt")).isEqualTo("2026-11-23T09:00:00Z");
        assertThat(body.getString("idempotencyKey")).isEqualTo("olofstrom-0042");
        assertThat(body.getJsonObject("match").keySet())
                .containsExactly("status", "waitReason", "explanation", "deliveryId", "decidedAt");
        assertThat(body.getJsonObject("match").isNull("waitReason")).isTrue();
        assertThat(body.getJsonObject("match").getString("decidedAt")).isEqualTo("2026-11-23T09:00:00Z");
        JsonObject participant = body.getJsonArray("participants").getJsonObject(0);
        assertThat(participant.getJsonArray("targetGroups").getString(0)).isEqualTo("NEWLY_ARRIVED");
        assertThat(participant.getJsonObject("answers").getString("previousEducation")).isEqualTo("Gymnasium");
        assertThat(body.getJsonNumber("version").longValue()).isEqualTo(2);
    }

    @Test
    void refusesAnUnknownNestedFieldByItsPathAndDatesOutsideTheCalendarWeKeep() throws Exception {
        HttpResponse<String> response = http.send("POST", "applications", """
                {"offeringVersionId": "%s", "language": "ar", "earliestStart": "3026-12-07",
                 "participants": [{"name": "Amina Yusuf", "preferredLanguage": "ar", "shoeSize": 42},
                                  {"name": "%s", "preferredLanguage": "ar", "targetGroups": "NEWLY_ARRIVED"}]}"""
                .formatted(VERSION, "x".repeat(201)));

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("earliestStart:OUT_OF_RANGE",
                "participants[0].shoeSize:NOT_ALLOWED", "participants[1].name:TOO_LONG",
                "participants[1].targetGroups:INVALID_FORMAT");
        verifyNoInteractions(SUBMIT);
    }

    @Test
    void aKeyGivenTwiceIsMalformedNamingTheField() throws Exception {
        HttpResponse<String> response = http.send("POST", "applications", """
                {"offeringVersionId": "%s", "language": "ar", "language": "so", "earliestStart": "2026-12-07"}"""
                .formatted(VERSION));

        assertProblem(response, 400, "MALFORMED_JSON");
        assertThat(errors(response)).containsExactly("language:INVALID_FORMAT");
        verifyNoInteractions(SUBMIT);
    }

    @Test
    void formAndEligibilityFailuresOfTheUseCaseAre400ListingEachField() throws Exception {
        when(SUBMIT.submit(any(), any())).thenThrow(new ValidationException(List.of(
                new Violation("participants[0].answers.level", ViolationCode.UNKNOWN_VALUE,
                        "\"Level\" is answered with one of basic, advanced"),
                new Violation("participants[0].personalIdentityNumber", ViolationCode.NOT_ELIGIBLE,
                        "the participant is 15 on 2026-12-07, the earliest start; the offering is for ages 16 to 64"))));

        HttpResponse<String> response = http.send("POST", "applications", SUBMISSION.formatted(VERSION));

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("participants[0].answers.level:UNKNOWN_VALUE",
                "participants[0].personalIdentityNumber:NOT_ELIGIBLE");
        assertThat(response.body()).contains("ages 16 to 64");
    }

    @Test
    void anotherConsumersApplicationIsNotFoundAndAMalformedIdTheSame() throws Exception {
        ApplicationId other = ApplicationId.newId();
        when(GET.get(any(), eq(other))).thenThrow(new DomainException(ErrorCode.APPLICATION_NOT_FOUND, "no"));

        assertProblem(http.send("GET", "applications/" + other, null), 404, "APPLICATION_NOT_FOUND");
        assertProblem(http.send("GET", "applications/not-an-id", null), 404, "APPLICATION_NOT_FOUND");
    }

    @Test
    void listsOwnApplicationsByStatusAndRefusesAnUnknownStatus() throws Exception {
        Application application = matched();
        when(LIST.list(any(), any(), any())).thenReturn(new Page<>(List.of(application), new PageRequest(0, 20), 1));

        HttpResponse<String> response = http.send("GET", "applications?status=MATCHED", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).getJsonArray("items")).hasSize(1);
        ArgumentCaptor<ApplicationFilter> filter = ArgumentCaptor.forClass(ApplicationFilter.class);
        verify(LIST).list(eq(CASE_OFFICER), filter.capture(), eq(new PageRequest(0, 20)));
        assertThat(filter.getValue().status()).isEqualTo(ApplicationStatus.MATCHED);
        assertThat(errors(http.send("GET", "applications?status=LOST", null)))
                .containsExactly("status:UNKNOWN_VALUE");
    }

    @Test
    void cancelsWithTheVersionReadAndRejectionNeedsAReason() throws Exception {
        Application application = matched();
        when(CHANGE.cancel(any(), any())).thenReturn(application);

        HttpResponse<String> cancelled = http.send("POST", "applications/" + application.id() + "/cancellation",
                "{\"reason\": \"Fick plats lokalt\"}", "If-Match", "\"2\"");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        verify(CHANGE).cancel(CASE_OFFICER, new ApplicationChange(application.id(), 2, "Fick plats lokalt"));

        assertProblem(http.send("POST", "applications/" + application.id() + "/cancellation", "{}"), 428,
                "VERSION_REQUIRED");
        HttpResponse<String> rejection = http.send("POST", "applications/" + application.id() + "/rejection", "{}",
                "If-Match", "\"2\"");
        assertProblem(rejection, 400, "VALIDATION_FAILED");
        assertThat(errors(rejection)).containsExactly("reason:REQUIRED");
    }

    @Test
    void cancelsWithoutABodyAndRefusesAReasonTooLongOrAnUnknownField() throws Exception {
        Application application = matched();
        when(CHANGE.cancel(any(), any())).thenReturn(application);

        HttpResponse<String> cancelled = http.send("POST", "applications/" + application.id() + "/cancellation",
                null, "If-Match", "\"2\"");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        verify(CHANGE).cancel(CASE_OFFICER, new ApplicationChange(application.id(), 2, null));

        HttpResponse<String> tooLong = http.send("POST", "applications/" + application.id() + "/rejection",
                "{\"reason\": \"" + "x".repeat(Application.MAX_REASON_LENGTH + 1) + "\"}", "If-Match", "\"2\"");
        assertProblem(tooLong, 400, "VALIDATION_FAILED");
        assertThat(errors(tooLong)).containsExactly("reason:TOO_LONG");
        HttpResponse<String> unknown = http.send("POST", "applications/" + application.id() + "/cancellation",
                "{\"reason\": \"Flyttat\", \"when\": \"now\"}", "If-Match", "\"2\"");
        assertThat(errors(unknown)).containsExactly("when:NOT_ALLOWED");
        verify(CHANGE, Mockito.never()).reject(any(), any());
    }

    @Test
    void anonymousCallersAreRefusedBeforeAnyUseCase() throws Exception {
        assertProblem(http.anonymous().send("POST", "applications", SUBMISSION.formatted(VERSION)), 401,
                "NOT_AUTHENTICATED");
        verifyNoInteractions(SUBMIT);
    }
}

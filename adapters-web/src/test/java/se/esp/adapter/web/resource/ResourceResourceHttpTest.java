package se.esp.adapter.web.resource;

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

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import se.esp.adapter.web.security.RequestIdentity;
import se.esp.adapter.web.testing.HttpHarness;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.resource.ChangeResourceProfileCommand;
import se.esp.application.port.in.resource.ChangeResourceProfileUseCase;
import se.esp.application.port.in.resource.ChangeResourceStatusCommand;
import se.esp.application.port.in.resource.DecideCompetenceCommand;
import se.esp.application.port.in.resource.DeclareCompetenceUseCase;
import se.esp.application.port.in.resource.GetResourceQuery;
import se.esp.application.port.in.resource.ListResourcesQuery;
import se.esp.application.port.in.resource.RegisterResourceCommand;
import se.esp.application.port.in.resource.RegisterResourceUseCase;
import se.esp.application.port.in.resource.RejectCompetenceUseCase;
import se.esp.application.port.in.resource.ResourceFilter;
import se.esp.application.port.in.resource.SuspendResourceUseCase;
import se.esp.application.port.in.resource.VerifyCompetenceUseCase;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.Availability;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.ResourceStatus;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

/** The resource API over real HTTP (Jersey on the JDK's server), with the use cases mocked. */
class ResourceResourceHttpTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final RegisterResourceUseCase REGISTER = mock(RegisterResourceUseCase.class);
    private static final ChangeResourceProfileUseCase CHANGE = mock(ChangeResourceProfileUseCase.class);
    private static final DeclareCompetenceUseCase DECLARE = mock(DeclareCompetenceUseCase.class);
    private static final VerifyCompetenceUseCase VERIFY = mock(VerifyCompetenceUseCase.class);
    private static final RejectCompetenceUseCase REJECT = mock(RejectCompetenceUseCase.class);
    private static final SuspendResourceUseCase SUSPEND = mock(SuspendResourceUseCase.class);
    private static final GetResourceQuery GET = mock(GetResourceQuery.class);
    private static final ListResourcesQuery LIST = mock(ListResourcesQuery.class);
    private static final CompetenceCode STUDY_GUIDANCE = new CompetenceCode("study-guidance");
    private static final OrganisationId MALMO = OrganisationId.newId();

    /** Signed in with bearer tokens as on the server: the administrator, coordinators, the resource person. */
    private static final ActingUser ADMIN = new ActingUser("admin@owner", OrganisationId.newId(),
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    private static final ActingUser RONNEBY_COORDINATOR = new ActingUser("coordinator@ronneby", OrganisationId.newId(),
            EnumSet.of(UserRole.COORDINATOR));
    private static final ActingUser MALMO_COORDINATOR = new ActingUser("coordinator@malmo", MALMO,
            EnumSet.of(UserRole.COORDINATOR));
    private static final ActingUser AMINA_HERSELF = new ActingUser("amina", MALMO,
            EnumSet.of(UserRole.RESOURCE_PERSON));

    private static HttpHarness http;
    private static URI base;

    private static final Resource AMINA = amina();

    private static Resource amina() {
        Resource resource = Resource.register(ResourceId.newId(), "amina",
                new ResourceProfile("Amina Haddad", Set.of(new LanguageCode("ar"), new LanguageCode("sv")), MALMO,
                        Money.ofKronor(450), new Availability(List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "10:00",
                        "12:00")), 4)),
                List.of(new CompetenceDeclaration(STUDY_GUIDANCE, "Teacher's degree", LocalDate.parse("2026-11-23")
                        .plusDays(1))), NOW.minusSeconds(86_400), LocalDate.parse("2026-11-22")).resource();
        return Resource.reconstitute(resource.id(), "amina", resource.profile(), resource.competences(),
                resource.status(), 1);
    }

    @BeforeAll
    static void startServer() {
        http = new HttpHarness(ADMIN, new ResourceResource(REGISTER, CHANGE, DECLARE, VERIFY, REJECT, SUSPEND, GET,
                LIST, new RequestIdentity(), Clock.fixed(NOW, ZoneOffset.UTC)));
        base = http.base();
    }

    @AfterAll
    static void stopServer() {
        http.close();
    }

    @BeforeEach
    void resetMocks() {
        Mockito.reset(REGISTER, CHANGE, DECLARE, VERIFY, REJECT, SUSPEND, GET, LIST);
    }

    @Test
    void registeringAnswersCreatedWithLocationVersionAndTheResource() throws Exception {
        when(REGISTER.register(any(), any())).thenReturn(AMINA);

        HttpResponse<String> response = send("POST", "resources", """
                {"personUserId": "amina", "displayName": "Amina Haddad", "languages": ["ar", "SV"],
                 "employerId": "%s", "hourlyRate": 450.00,
                 "availability": {"slots": [{"day": "TUESDAY", "start": "10:00", "end": "12:00"}],
                                  "maxHoursPerWeek": 4},
                 "competences": [{"code": "study-guidance", "evidence": "Teacher's degree",
                                  "expiresOn": "2026-11-24"}]}""".formatted(MALMO));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).contains(base + "resources/" + AMINA.id());
        assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
        JsonObject body = json(response);
        assertThat(body.getString("hourlyRate")).isEqualTo("450.00");
        assertThat(body.getString("status")).isEqualTo("APPLIED");
        assertThat(body.getJsonObject("availability").getInt("maxHoursPerWeek")).isEqualTo(4);
        JsonObject competence = body.getJsonArray("competences").getJsonObject(0);
        assertThat(competence.getString("status")).isEqualTo("PENDING");
        assertThat(competence.getBoolean("countsToday")).isFalse();
        ArgumentCaptor<RegisterResourceCommand> command = ArgumentCaptor.forClass(RegisterResourceCommand.class);
        verify(REGISTER).register(eq(ADMIN), command.capture());
        assertThat(command.getValue().personUserId()).isEqualTo("amina");
        assertThat(command.getValue().profile().languages())
                .containsExactlyInAnyOrder(new LanguageCode("ar"), new LanguageCode("sv"));
        assertThat(command.getValue().profile().hourlyRate()).isEqualTo(Money.ofKronor(450));
        assertThat(command.getValue().profile().availability().slots())
                .containsExactly(WeeklySlot.of(DayOfWeek.TUESDAY, "10:00", "12:00"));
        assertThat(command.getValue().competences()).extracting(CompetenceDeclaration::code)
                .containsExactly(STUDY_GUIDANCE);
    }

    @Test
    void reportsEveryInvalidFieldByItsPathAndStoresNothing() throws Exception {
        HttpResponse<String> response = send("POST", "resources", """
                {"displayName": "", "languages": ["ar", "xx"], "hourlyRate": "4,50,0", "employerId": "malmö",
                 "availability": {"slots": [{"day": "MONDAI", "start": "10:00", "end": "25:00"},
                                            {"day": "TUESDAY", "start": "12:00", "end": "11:00"}],
                                  "maxHoursPerWeek": 99, "cap": 1},
                 "competences": [{"code": "Study Guidance", "expiresOn": "next year"}],
                 "colour": "blue"}""");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("displayName:REQUIRED", "languages[1]:UNKNOWN_VALUE",
                "hourlyRate:INVALID_FORMAT", "employerId:INVALID_FORMAT",
                "availability.slots[0].day:UNKNOWN_VALUE", "availability.slots[0].end:INVALID_FORMAT",
                "availability.slots[1].end:OUT_OF_RANGE", "availability.maxHoursPerWeek:OUT_OF_RANGE",
                "availability.cap:NOT_ALLOWED",
                "competences[0].code:INVALID_FORMAT", "competences[0].evidence:REQUIRED",
                "competences[0].expiresOn:INVALID_FORMAT", "colour:NOT_ALLOWED");
        verifyNoInteractions(REGISTER);
    }

    @Test
    void overlappingSlotsAndAnImpossibleCapAreRefusedByName() throws Exception {
        HttpResponse<String> response = send("POST", "resources", """
                {"displayName": "Amina", "languages": ["ar"], "hourlyRate": "450",
                 "availability": {"slots": [{"day": "MONDAY", "start": "09:00", "end": "11:00"},
                                            {"day": "MONDAY", "start": "10:00", "end": "12:00"}],
                                  "maxHoursPerWeek": 4}}""");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("availability.slots:NOT_ALLOWED");
        assertProblem(send("POST", "resources", """
                {"displayName": "Amina", "languages": ["ar"], "hourlyRate": "450",
                 "availability": {"slots": [], "maxHoursPerWeek": 61}}"""), 400, "VALIDATION_FAILED");
        verifyNoInteractions(REGISTER);
    }

    @Test
    void aMissingLanguageAndRateAreRequired() throws Exception {
        HttpResponse<String> response = send("POST", "resources", "{\"displayName\": \"Amina\"}");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("languages:REQUIRED", "hourlyRate:REQUIRED");
    }

    @Test
    void aNegativeOrZeroRateAndAnUnboundedListAreRefusedByName() throws Exception {
        HttpResponse<String> negative = send("POST", "resources", """
                {"displayName": "Amina", "languages": ["ar"], "hourlyRate": "-450.00"}""");
        assertProblem(negative, 400, "VALIDATION_FAILED");
        assertThat(errors(negative)).containsExactly("hourlyRate:OUT_OF_RANGE");

        HttpResponse<String> zero = send("POST", "resources", """
                {"displayName": "Amina", "languages": ["ar"], "hourlyRate": 0,
                 "availability": {"maxHoursPerWeek": -1}}""");
        assertThat(errors(zero)).containsExactlyInAnyOrder("hourlyRate:OUT_OF_RANGE",
                "availability.maxHoursPerWeek:OUT_OF_RANGE");

        HttpResponse<String> fractions = send("POST", "resources", """
                {"displayName": "Amina", "languages": ["ar"], "hourlyRate": "450.005"}""");
        assertThat(errors(fractions)).containsExactly("hourlyRate:INVALID_FORMAT");

        String languages = "\"sv\", ".repeat(ResourceModels.MAX_LANGUAGES) + "\"ar\"";
        HttpResponse<String> tooMany = send("POST", "resources", """
                {"displayName": "Amina", "languages": [%s], "hourlyRate": "450.00"}""".formatted(languages));
        assertThat(errors(tooMany)).containsExactly("languages:TOO_LONG");
        verifyNoInteractions(REGISTER);
    }

    @Test
    void unknownNestedFieldsAreRefusedByTheirPathAndRefusedItemsKeepTheirPlace() throws Exception {
        HttpResponse<String> response = send("POST", "resources", """
                {"displayName": "Amina", "languages": [7, "xx", "ar"], "hourlyRate": "450.00",
                 "availability": {"slots": [null, {"day": "MONDAY", "start": "10:00", "end": "12:00", "room": 1},
                                            "Tuesday", {"day": "TUESDAY", "start": "12:00", "end": "11:00"}],
                                  "maxHoursPerWeek": 4},
                 "competences": [{"code": "nurse", "evidence": "Licence", "expiresOn": "2030-01-01", "grade": "A"},
                                 {"code": "nurse", "evidence": " ", "expiresOn": "0999-01-01"}]}""");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("languages[0]:INVALID_FORMAT",
                "languages[1]:UNKNOWN_VALUE", "availability.slots[0]:REQUIRED",
                "availability.slots[1].room:NOT_ALLOWED", "availability.slots[2]:INVALID_FORMAT",
                "availability.slots[3].end:OUT_OF_RANGE", "competences[0].grade:NOT_ALLOWED",
                "competences[1].expiresOn:OUT_OF_RANGE");
        verifyNoInteractions(REGISTER);
    }

    @Test
    void blankEvidenceIsRefusedByItsPathOnceTheRestIsValid() throws Exception {
        HttpResponse<String> response = send("POST", "resources", """
                {"displayName": "Amina", "languages": ["ar"], "hourlyRate": "450.00",
                 "competences": [{"code": "nurse", "evidence": "Licence", "expiresOn": "2030-01-01"},
                                 {"code": "NURSE", "evidence": "  ", "expiresOn": "2030-01-01"}]}""");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("competences[1].evidence:REQUIRED");
    }

    @Test
    void aDuplicateKeyIsMalformedAndNamed() throws Exception {
        HttpResponse<String> response = send("POST", "resources", """
                {"displayName": "Amina", "languages": ["ar"], "hourlyRate": "450.00",
                 "availability": {"maxHoursPerWeek": 4, "maxHoursPerWeek": 60}}""");

        assertProblem(response, 400, "MALFORMED_JSON");
        assertThat(errors(response)).containsExactly("availability.maxHoursPerWeek:INVALID_FORMAT");
        verifyNoInteractions(REGISTER);
    }

    @Test
    void everyDocumentedFieldIsWrittenAlsoWhenItHasNoValue() throws Exception {
        Resource independent = Resource.reconstitute(AMINA.id(), "amina", new ResourceProfile("Amina Haddad",
                Set.of(new LanguageCode("ar")), null, Money.ofKronor(450), Availability.none()),
                AMINA.competences(), ResourceStatus.APPLIED, 1);
        when(GET.get(any(), eq(AMINA.id()))).thenReturn(independent);

        JsonObject body = json(send("GET", "resources/" + AMINA.id(), null));

        assertThat(body.keySet()).containsExactly("id", "personUserId", "displayName", "languages", "employerId",
                "hourlyRate", "availability", "status", "competences", "version");
        assertThat(body.isNull("employerId")).isTrue();
        assertThat(body.getJsonObject("availability").getJsonArray("slots")).isEmpty();
        JsonObject pending = body.getJsonArray("competences").getJsonObject(0);
        assertThat(pending.keySet()).containsExactly("code", "evidence", "expiresOn", "status", "countsToday",
                "decidedBy", "decidedAt", "remark");
        assertThat(pending.isNull("decidedBy")).isTrue();
        assertThat(pending.isNull("decidedAt")).isTrue();
        assertThat(pending.isNull("remark")).isTrue();
    }

    @Test
    void readsOneResourceWithWhetherEachCompetenceCountsToday() throws Exception {
        Resource verified = Resource.reconstitute(AMINA.id(), "amina", AMINA.profile(), List.of(), ResourceStatus.VERIFIED,
                2);
        Resource copy = Resource.reconstitute(AMINA.id(), "amina", AMINA.profile(), AMINA.competences(),
                ResourceStatus.APPLIED, 1);
        copy.verifyCompetence(STUDY_GUIDANCE, "coordinator", null, NOW, LocalDate.parse("2026-11-23"));
        Resource withVerified = Resource.reconstitute(copy.id(), "amina", copy.profile(), copy.competences(),
                copy.status(), 2);
        when(GET.get(any(), eq(AMINA.id()))).thenReturn(withVerified);

        HttpResponse<String> response = send("GET", "resources/" + AMINA.id(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"2\"");
        JsonObject competence = json(response).getJsonArray("competences").getJsonObject(0);
        assertThat(competence.getString("status")).isEqualTo("VERIFIED");
        assertThat(competence.getBoolean("countsToday")).isTrue();
        assertThat(competence.getString("decidedBy")).isEqualTo("coordinator");
        assertThat(verified.competences()).isEmpty();
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() throws Exception {
        ResourceId unknown = ResourceId.newId();
        when(GET.get(any(), eq(unknown))).thenThrow(new DomainException(ErrorCode.RESOURCE_NOT_FOUND, "none"));

        assertProblem(send("GET", "resources/" + unknown, null), 404, "RESOURCE_NOT_FOUND");
        assertProblem(send("GET", "resources/not-a-uuid", null), 404, "RESOURCE_NOT_FOUND");
    }

    @Test
    void verifyingNeedsTheVersionAndPassesTheCompetenceAndRemark() throws Exception {
        assertProblem(send("POST", "resources/" + AMINA.id() + "/competences/study-guidance/verification", "{}"),
                428, "VERSION_REQUIRED");
        when(VERIFY.verifyCompetence(any(), any())).thenReturn(AMINA);

        HttpResponse<String> response = http.as(RONNEBY_COORDINATOR).send("POST",
                "resources/" + AMINA.id() + "/competences/study-guidance/verification",
                "{\"remark\": \"diploma checked\"}", "If-Match", "\"1\"");

        assertThat(response.statusCode()).isEqualTo(200);
        ArgumentCaptor<DecideCompetenceCommand> command = ArgumentCaptor.forClass(DecideCompetenceCommand.class);
        verify(VERIFY).verifyCompetence(eq(RONNEBY_COORDINATOR), command.capture());
        assertThat(command.getValue()).isEqualTo(new DecideCompetenceCommand(AMINA.id(), 1, STUDY_GUIDANCE,
                "diploma checked"));
    }

    @Test
    void verifyingWithoutABodyIsFine() throws Exception {
        when(VERIFY.verifyCompetence(any(), any())).thenReturn(AMINA);

        HttpResponse<String> response = send("POST",
                "resources/" + AMINA.id() + "/competences/study-guidance/verification", "", "If-Match", "\"1\"");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void aCoordinatorOfTheSameOrganisationIsForbidden() throws Exception {
        when(VERIFY.verifyCompetence(any(), any())).thenThrow(
                new DomainException(ErrorCode.REVIEW_OF_OWN_ORGANISATION, "own organisation"));

        assertProblem(http.as(MALMO_COORDINATOR).send("POST", "resources/" + AMINA.id()
                + "/competences/study-guidance/verification", "{}", "If-Match", "\"1\""), 403,
                "REVIEW_OF_OWN_ORGANISATION");
        verify(VERIFY).verifyCompetence(eq(MALMO_COORDINATOR), any());
    }

    @Test
    void aDecisionOnAStaleVersionIsAPreconditionFailure() throws Exception {
        when(REJECT.rejectCompetence(any(), any())).thenThrow(new DomainException(ErrorCode.STALE_VERSION, "stale"));

        assertProblem(send("POST", "resources/" + AMINA.id() + "/competences/study-guidance/rejection",
                "{\"remark\": \"not legible\"}", "If-Match", "\"1\""), 412, "STALE_VERSION");
    }

    @Test
    void aRejectionNeedsARemark() throws Exception {
        HttpResponse<String> response = send("POST", "resources/" + AMINA.id() + "/competences/study-guidance/rejection",
                "{}", "If-Match", "\"1\"");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("remark:REQUIRED");
        verifyNoInteractions(REJECT);
    }

    @Test
    void declaringACompetenceReadsItsThreeFields() throws Exception {
        when(DECLARE.declareCompetence(any(), any())).thenReturn(AMINA);

        HttpResponse<String> response = http.as(AMINA_HERSELF).send("POST", "resources/" + AMINA.id()
                + "/competences", """
                {"code": "nurse", "evidence": "Licence 12345", "expiresOn": "2030-01-01"}""", "If-Match", "\"1\"");

        assertThat(response.statusCode()).isEqualTo(200);
        verify(DECLARE).declareCompetence(eq(AMINA_HERSELF), any());
        assertProblem(send("POST", "resources/" + AMINA.id() + "/competences", """
                {"code": "nurse", "evidence": "Licence 12345"}""", "If-Match", "\"1\""), 400, "VALIDATION_FAILED");
    }

    @Test
    void theProfileIsChangedWithoutTouchingStatusOrCompetences() throws Exception {
        HttpResponse<String> response = send("PUT", "resources/" + AMINA.id(), """
                {"id": "x", "version": 1, "displayName": "Amina", "languages": ["ar"], "hourlyRate": "450.00",
                 "status": "VERIFIED", "competences": []}""", "If-Match", "\"1\"");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("status:NOT_CHANGEABLE", "competences:NOT_CHANGEABLE");
        verifyNoInteractions(CHANGE);
    }

    @Test
    void whatGetAnsweredMayBeSentBackButStatusAndCompetencesAreNotChangedHere() throws Exception {
        when(GET.get(any(), eq(AMINA.id()))).thenReturn(AMINA);
        String read = send("GET", "resources/" + AMINA.id(), null).body();

        HttpResponse<String> response = send("PUT", "resources/" + AMINA.id(), read, "If-Match", "\"1\"");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("status:NOT_CHANGEABLE", "competences:NOT_CHANGEABLE");
        when(CHANGE.changeProfile(any(), any())).thenReturn(AMINA);
        JsonObject sentBack = Json.createObjectBuilder(json(send("GET", "resources/" + AMINA.id(), null)))
                .remove("status").remove("competences").build();
        HttpResponse<String> changed = send("PUT", "resources/" + AMINA.id(), sentBack.toString(), "If-Match",
                "\"1\"");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        ArgumentCaptor<ChangeResourceProfileCommand> command =
                ArgumentCaptor.forClass(ChangeResourceProfileCommand.class);
        verify(CHANGE).changeProfile(any(), command.capture());
        assertThat(command.getValue().profile()).isEqualTo(AMINA.profile());
    }

    @Test
    void aRemarkOrReasonOverTheLimitOrAnUnknownFieldIsRefusedByName() throws Exception {
        String tooLong = "x".repeat(Resource.MAX_REMARK_LENGTH + 1);
        HttpResponse<String> remark = send("POST", "resources/" + AMINA.id()
                + "/competences/study-guidance/rejection", "{\"remark\": \"" + tooLong + "\"}", "If-Match", "\"1\"");
        assertThat(errors(remark)).containsExactly("remark:TOO_LONG");
        HttpResponse<String> verification = send("POST", "resources/" + AMINA.id()
                + "/competences/study-guidance/verification", "{\"remark\": \"ok\", \"grade\": 5}", "If-Match",
                "\"1\"");
        assertThat(errors(verification)).containsExactly("grade:NOT_ALLOWED");
        HttpResponse<String> reason = send("POST", "resources/" + AMINA.id() + "/suspension",
                "{\"reason\": 42}", "If-Match", "\"1\"");
        assertThat(errors(reason)).containsExactly("reason:INVALID_FORMAT");
        verifyNoInteractions(REJECT, VERIFY, SUSPEND);
    }

    @Test
    void suspendingNeedsAReason() throws Exception {
        when(SUSPEND.suspend(any(), any())).thenReturn(AMINA);

        assertProblem(send("POST", "resources/" + AMINA.id() + "/suspension", "{}", "If-Match", "\"1\""), 400,
                "VALIDATION_FAILED");
        assertThat(send("POST", "resources/" + AMINA.id() + "/suspension", "{\"reason\": \"complaint\"}",
                "If-Match", "\"1\"").statusCode()).isEqualTo(200);
        verify(SUSPEND).suspend(any(), eq(new ChangeResourceStatusCommand(AMINA.id(), 1, "complaint")));
    }

    @Test
    void listsWithFiltersAndPagingAndRefusesBadFilters() throws Exception {
        when(LIST.list(any(), any(), any())).thenAnswer(call -> new Page<>(List.of(AMINA), call.getArgument(2), 1));

        HttpResponse<String> response = send("GET",
                "resources?status=verified&competence=study-guidance&language=AR&employerId=" + MALMO
                        + "&page=0&size=5", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).getInt("totalItems")).isEqualTo(1);
        verify(LIST).list(any(), eq(new ResourceFilter(ResourceStatus.VERIFIED, STUDY_GUIDANCE,
                new LanguageCode("ar"), MALMO)), eq(new PageRequest(0, 5)));
        HttpResponse<String> bad = send("GET", "resources?status=LAZY&language=klingon&competence=a%20b", null);
        assertProblem(bad, 400, "VALIDATION_FAILED");
        assertThat(errors(bad)).containsExactlyInAnyOrder("status:UNKNOWN_VALUE", "language:UNKNOWN_VALUE",
                "competence:INVALID_FORMAT");
    }

    @Test
    void anAnonymousCallIsRefusedWith401BeforeAnyUseCase() throws Exception {
        assertProblem(http.anonymous().send("GET", "resources/" + AMINA.id(), null), 401, "NOT_AUTHENTICATED");
        assertProblem(http.anonymous().send("POST", "resources", "{\"displayName\": \"Amina\"}"), 401,
                "NOT_AUTHENTICATED");
        verifyNoInteractions(REGISTER, GET);
    }

    /** As the platform administrator, who may do everything the use cases allow an administrator. */
    private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        return http.send(method, path, body, headers);
    }
}

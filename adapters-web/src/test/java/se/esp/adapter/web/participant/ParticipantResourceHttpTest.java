package se.esp.adapter.web.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import se.esp.adapter.web.security.RequestIdentity;
import se.esp.adapter.web.testing.ApiServer;
import se.esp.adapter.web.testing.TestTokens;
import se.esp.application.port.in.participant.ChangeParticipantCommand;
import se.esp.application.port.in.participant.ChangeParticipantUseCase;
import se.esp.application.port.in.participant.ExportParticipantQuery;
import se.esp.application.port.in.participant.GetParticipantQuery;
import se.esp.application.port.in.participant.ParticipantExport;
import se.esp.application.port.in.participant.RegisterParticipantCommand;
import se.esp.application.port.in.participant.RegisterParticipantUseCase;
import se.esp.application.port.out.ParticipantCredentials;
import se.esp.application.port.out.PersonalDataAccess;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.Contact;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PersonalIdentityNumber;
import se.esp.domain.participant.PreferredLanguage;

/** The participant resource over real HTTP with the use cases mocked: JSON, field names, no caching. */
class ParticipantResourceHttpTest {

    private static final RegisterParticipantUseCase REGISTER = mock(RegisterParticipantUseCase.class);
    private static final ChangeParticipantUseCase CHANGE = mock(ChangeParticipantUseCase.class);
    private static final GetParticipantQuery GET = mock(GetParticipantQuery.class);
    private static final ExportParticipantQuery EXPORT = mock(ExportParticipantQuery.class);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final ActingUser CASE_OFFICER = new ActingUser("case-officer", OrganisationId.newId(),
            EnumSet.of(UserRole.CONSUMER_STAFF));
    private static final Participant AMINA = Participant.reconstitute(ParticipantId.newId(),
            CASE_OFFICER.organisationId(), new ParticipantDetails(new ParticipantName("Amina Yusuf"),
                    PersonalIdentityNumber.parse("19811218-9876"), new PreferredLanguage("ar"),
                    new Contact("amina@example.org", null)), NOW, null, null, 1);
    private static final IssuedCredential KEPT = new IssuedCredential(CredentialId.newId(),
            CredentialDefinitionId.newId(), "VO-HYG-02", 2, AMINA.id(), DeliveryId.newId(), OrganisationId.newId(),
            CASE_OFFICER.organisationId(), NOW.minusSeconds(60), null);
    private static final IssuedCredential REVOKED = new IssuedCredential(CredentialId.newId(),
            CredentialDefinitionId.newId(), "VO-OMV-01", 1, AMINA.id(), DeliveryId.newId(), OrganisationId.newId(),
            CASE_OFFICER.organisationId(), NOW.minusSeconds(120), NOW.plusSeconds(86_400));

    private static ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = ApiServer.start(new ParticipantResource(REGISTER, CHANGE, GET, EXPORT, new RequestIdentity(),
                Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        Mockito.reset(REGISTER, CHANGE, GET, EXPORT);
    }

    @Test
    void registersWithTheIdentityNumberWhenTheFormAsksForItAndNeverLetsTheAnswerBeCached() throws Exception {
        when(REGISTER.register(any(), any())).thenReturn(AMINA);

        HttpResponse<String> response = send("POST", "participants", """
                {"name": "Amina Yusuf", "personalIdentityNumber": "198112189876", "preferredLanguage": "AR",
                 "email": "amina@example.org", "formRequiresIdentityNumber": true}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                c -> assertThat(c).contains("no-store"));
        JsonObject body = json(response);
        assertThat(body.getString("personalIdentityNumber")).isEqualTo("19811218-9876");
        assertThat(body.getInt("age")).isEqualTo(44);
        assertThat(body.getString("email")).isEqualTo("amina@example.org");
        ArgumentCaptor<RegisterParticipantCommand> command = ArgumentCaptor.forClass(RegisterParticipantCommand.class);
        verify(REGISTER).register(eq(CASE_OFFICER), command.capture());
        assertThat(command.getValue().details().preferredLanguage().code()).isEqualTo("ar");
    }

    @Test
    void namesEveryRefusedFieldAndStoresNothing() throws Exception {
        HttpResponse<String> response = send("POST", "participants", """
                {"personalIdentityNumber": "19811218-9875", "preferredLanguage": "xx", "email": "not-an-address",
                 "nickname": "A"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactlyInAnyOrder("name:REQUIRED",
                "personalIdentityNumber:INVALID_CHECK_DIGIT", "preferredLanguage:UNKNOWN_VALUE",
                "email:INVALID_FORMAT", "nickname:NOT_ALLOWED");
        assertThat(response.body()).doesNotContain("19811218-9875");
        verifyNoInteractions(REGISTER);
    }

    @Test
    void anIdentityNumberTheFormDidNotAskForIsRefused() throws Exception {
        HttpResponse<String> response = send("POST", "participants", """
                {"name": "Amina Yusuf", "personalIdentityNumber": "19811218-9876", "preferredLanguage": "ar"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactly("personalIdentityNumber:NOT_ALLOWED");
        verifyNoInteractions(REGISTER);
    }

    @Test
    void refusesWhatTheModelBoundsByNameAndAKeyGivenTwiceAsMalformed() throws Exception {
        HttpResponse<String> tooLong = send("POST", "participants", """
                {"name": "%s", "preferredLanguage": "ar", "phone": "%s", "formRequiresIdentityNumber": "yes"}"""
                .formatted("x".repeat(201), "1".repeat(32)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(errors(tooLong)).containsExactlyInAnyOrder("name:TOO_LONG", "phone:TOO_LONG",
                "formRequiresIdentityNumber:INVALID_FORMAT");

        HttpResponse<String> twice = send("POST", "participants", """
                {"name": "Amina Yusuf", "preferredLanguage": "ar", "name": "Amina"}""");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(json(twice).getString("code")).isEqualTo("MALFORMED_JSON");
        assertThat(errors(twice)).containsExactly("name:INVALID_FORMAT");
        verifyNoInteractions(REGISTER);
    }

    @Test
    void aCorrectionMaySendBackWhatWasReadButNotTheFormsQuestion() throws Exception {
        when(CHANGE.change(any(), any())).thenReturn(AMINA);
        when(GET.get(any(), eq(AMINA.id()))).thenReturn(AMINA);
        String read = json(send("GET", "participants/" + AMINA.id(), null)).toString();

        HttpResponse<String> changed = sendWithVersion("PUT", "participants/" + AMINA.id(), read);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        ArgumentCaptor<ChangeParticipantCommand> command = ArgumentCaptor.forClass(ChangeParticipantCommand.class);
        verify(CHANGE).change(eq(CASE_OFFICER), command.capture());
        assertThat(command.getValue().details().contact().email()).isEqualTo("amina@example.org");
        assertThat(command.getValue().expectedVersion()).isEqualTo(1);

        HttpResponse<String> refused = sendWithVersion("PUT", "participants/" + AMINA.id(), """
                {"name": "Amina Yusuf", "preferredLanguage": "ar", "formRequiresIdentityNumber": true}""");
        assertThat(errors(refused)).containsExactly("formRequiresIdentityNumber:NOT_ALLOWED");
    }

    @Test
    void anAnonymisedParticipantHasEveryFieldWithThePersonalDataNull() throws Exception {
        Participant anonymised = Participant.reconstitute(ParticipantId.newId(), CASE_OFFICER.organisationId(), null,
                NOW, NOW, NOW, 3);
        when(GET.get(any(), eq(anonymised.id()))).thenReturn(anonymised);

        JsonObject body = json(send("GET", "participants/" + anonymised.id(), null));

        assertThat(body.keySet()).containsExactly("id", "consumerOrganisationId", "anonymised", "name",
                "preferredLanguage", "personalIdentityNumber", "age", "email", "phone", "registeredAt",
                "completedAt", "version");
        assertThat(body.getBoolean("anonymised")).isTrue();
        for (String personal : List.of("name", "preferredLanguage", "personalIdentityNumber", "age", "email",
                "phone")) {
            assertThat(body.isNull(personal)).as(personal).isTrue();
        }
        assertThat(body.getString("completedAt")).isEqualTo("2026-11-23T09:00:00Z");
    }

    @Test
    void aMalformedIdIsTheSameNotFoundAsAnUnknownOne() throws Exception {
        HttpResponse<String> response = send("GET", "participants/not-an-id", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).getString("code")).isEqualTo("PARTICIPANT_NOT_FOUND");
        verifyNoInteractions(GET);
    }

    @Test
    void exportsTheDataAndItsAccessLogAsAnAttachment() throws Exception {
        when(EXPORT.export(any(), eq(AMINA.id()))).thenReturn(new ParticipantExport(AMINA, List.of(
                new PersonalDataAccess(java.util.UUID.randomUUID(), NOW, "case-officer", CASE_OFFICER.organisationId(),
                        AMINA.id(), "get-participant", PersonalDataAccess.Kind.READ,
                        PersonalDataAccess.Outcome.GRANTED)), List.of(
                new ParticipantCredentials.Held(KEPT, null),
                new ParticipantCredentials.Held(REVOKED, new CredentialRevocation(REVOKED.id(), "Issued by mistake",
                        "admin", NOW)))));

        HttpResponse<String> response = send("GET", "participants/" + AMINA.id() + "/export", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment"));
        JsonObject body = json(response);
        assertThat(body.getJsonObject("participant").getString("name")).isEqualTo("Amina Yusuf");
        assertThat(body.getJsonArray("accessLog").getJsonObject(0).getString("useCase")).isEqualTo("get-participant");
        JsonObject kept = body.getJsonArray("credentials").getJsonObject(0);
        assertThat(kept.getString("id")).isEqualTo(KEPT.id().toString());
        assertThat(kept.getString("code")).isEqualTo("VO-HYG-02");
        assertThat(kept.getInt("definitionVersion")).isEqualTo(2);
        assertThat(kept.getString("issuedAt")).isEqualTo(KEPT.issuedAt().toString());
        assertThat(kept.getBoolean("revoked")).isFalse();
        assertThat(kept.isNull("revocationReason")).isTrue();
        JsonObject revoked = body.getJsonArray("credentials").getJsonObject(1);
        assertThat(revoked.getString("code")).isEqualTo("VO-OMV-01");
        assertThat(revoked.getBoolean("revoked")).isTrue();
        assertThat(revoked.getString("revocationReason")).isEqualTo("Issued by mistake");
        assertThat(body.getJsonArray("credentials")).hasSize(2);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.base().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", TestTokens.bearer(CASE_OFFICER));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sendWithVersion(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(server.base().resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", TestTokens.bearer(CASE_OFFICER))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"1\"").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<String> errors(HttpResponse<String> response) {
        return json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ":" + e.getString("code")).toList();
    }
}

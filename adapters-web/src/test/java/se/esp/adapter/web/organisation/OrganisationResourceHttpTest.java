package se.esp.adapter.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import se.esp.adapter.web.security.RequestIdentity;
import se.esp.adapter.web.security.RequestSizeLimit;
import se.esp.adapter.web.testing.ApiServer;
import se.esp.adapter.web.testing.TestTokens;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.ChangeOrganisationRolesCommand;
import se.esp.application.port.in.organisation.ChangeOrganisationRolesUseCase;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.application.port.in.organisation.ListOrganisationsQuery;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.organisation.RegisterOrganisationCommand;
import se.esp.application.port.in.organisation.RegisterOrganisationUseCase;
import se.esp.application.port.in.organisation.UpdateOrganisationCommand;
import se.esp.application.port.in.organisation.UpdateOrganisationUseCase;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.Population;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** The REST adapter over real HTTP (Jersey on the JDK's server), with the use cases mocked. */
class OrganisationResourceHttpTest {

    private static final RegisterOrganisationUseCase REGISTER = mock(RegisterOrganisationUseCase.class);
    private static final UpdateOrganisationUseCase UPDATE = mock(UpdateOrganisationUseCase.class);
    private static final ChangeOrganisationRolesUseCase CHANGE_ROLES = mock(ChangeOrganisationRolesUseCase.class);
    private static final GetOrganisationQuery GET = mock(GetOrganisationQuery.class);
    private static final ListOrganisationsQuery LIST = mock(ListOrganisationsQuery.class);

    private static final ActingUser ADMIN = new ActingUser("admin@owner", OrganisationId.newId(),
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));

    private static ApiServer server;
    private static URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    private static final Organisation RONNEBY = Organisation.reconstitute(OrganisationId.newId(),
            OrganisationNumber.parse("212000-0837"), new OrganisationProfile(new OrganisationName("Ronneby kommun"),
                    OrganisationKind.MUNICIPALITY, new Population(29_021), null),
            EnumSet.of(OrganisationRole.SUPPLIER), 1);

    @BeforeAll
    static void startServer() {
        server = ApiServer.start(new OrganisationResource(REGISTER, UPDATE, CHANGE_ROLES, GET, LIST,
                new RequestIdentity()));
        base = server.base();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void resetMocks() {
        Mockito.reset(REGISTER, UPDATE, CHANGE_ROLES, GET, LIST);
    }

    @Test
    void registeringAnswersCreatedWithLocationVersionAndTheOrganisation() throws Exception {
        when(REGISTER.register(any(), any())).thenReturn(RONNEBY);

        HttpResponse<String> response = send("POST", "organisations", """
                {"organisationNumber": "2120000837", "name": "Ronneby kommun", "kind": "MUNICIPALITY",
                 "population": 29021, "roles": ["SUPPLIER"]}""");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).contains(base + "organisations/" + RONNEBY.id());
        assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
        JsonObject body = json(response);
        assertThat(body.getString("organisationNumber")).isEqualTo("212000-0837");
        assertThat(body.getString("kind")).isEqualTo("MUNICIPALITY");
        assertThat(body.getInt("population")).isEqualTo(29_021);
        assertThat(body.getInt("version")).isEqualTo(1);
        ArgumentCaptor<RegisterOrganisationCommand> command = ArgumentCaptor.forClass(RegisterOrganisationCommand.class);
        verify(REGISTER).register(eq(ADMIN), command.capture());
        assertThat(command.getValue().number().value()).isEqualTo("2120000837");
        assertThat(command.getValue().roles()).containsExactly(OrganisationRole.SUPPLIER);
    }

    @Test
    void aBadCheckDigitIsABadRequestNamingTheField() throws Exception {
        HttpResponse<String> response = send("POST", "organisations", """
                {"organisationNumber": "556677-8890", "name": "Exempel AB", "kind": "COMPANY"}""");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("organisationNumber:INVALID_CHECK_DIGIT");
        verifyNoInteractions(REGISTER);
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() throws Exception {
        HttpResponse<String> response = send("POST", "organisations", """
                {"organisationNumber": "556677-8890", "kind": "TOWN", "population": -5, "rolez": []}""");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("organisationNumber:INVALID_CHECK_DIGIT",
                "name:REQUIRED", "kind:UNKNOWN_VALUE", "population:OUT_OF_RANGE", "rolez:NOT_ALLOWED");
        verifyNoInteractions(REGISTER);
    }

    @Test
    void aNegativePopulationIsRefusedByName() throws Exception {
        HttpResponse<String> response = send("POST", "organisations", """
                {"organisationNumber": "212000-0837", "name": "Ronneby kommun", "kind": "MUNICIPALITY",
                 "population": -1}""");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("population:OUT_OF_RANGE");
    }

    @Test
    void aPopulationOfTheWrongTypeIsRefusedByName() throws Exception {
        HttpResponse<String> response = send("POST", "organisations", """
                {"organisationNumber": "212000-0837", "name": "Ronneby kommun", "kind": "MUNICIPALITY",
                 "population": "many"}""");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("population:INVALID_FORMAT");
    }

    @Test
    void malformedJsonIsABadRequestNamingTheBody() throws Exception {
        HttpResponse<String> response = send("POST", "organisations", "{\"name\": \"Ronneby\",");

        assertProblem(response, 400, "MALFORMED_JSON");
        assertThat(errors(response)).containsExactly("body:INVALID_FORMAT");
        verifyNoInteractions(REGISTER);
    }

    @Test
    void aJsonArrayInsteadOfAnObjectIsMalformed() throws Exception {
        assertProblem(send("POST", "organisations", "[1, 2]"), 400, "MALFORMED_JSON");
    }

    @Test
    void aDuplicateOrganisationNumberIsAConflict() throws Exception {
        when(REGISTER.register(any(), any())).thenThrow(
                new DomainException(ErrorCode.ORGANISATION_NUMBER_TAKEN, "212000-0837 is already registered"));

        HttpResponse<String> response = send("POST", "organisations", """
                {"organisationNumber": "212000-0837", "name": "Ronneby kommun", "kind": "MUNICIPALITY",
                 "population": 29021}""");

        assertProblem(response, 409, "ORGANISATION_NUMBER_TAKEN");
        assertThat(json(response).getString("detail")).contains("212000-0837");
    }

    @Test
    void aRefusedActorGetsForbidden() throws Exception {
        when(REGISTER.register(any(), any())).thenThrow(new DomainException(ErrorCode.ACCESS_DENIED, "no"));

        assertProblem(send("POST", "organisations", """
                {"organisationNumber": "212000-0837", "name": "Ronneby kommun", "kind": "MUNICIPALITY",
                 "population": 29021}"""), 403, "ACCESS_DENIED");
    }

    @Test
    void readsOneOrganisationWithItsVersionAsETag() throws Exception {
        when(GET.get(any(), eq(RONNEBY.id()))).thenReturn(RONNEBY);

        HttpResponse<String> response = send("GET", "organisations/" + RONNEBY.id(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(json(response).getString("name")).isEqualTo("Ronneby kommun");
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() throws Exception {
        OrganisationId unknown = OrganisationId.newId();
        when(GET.get(any(), eq(unknown))).thenThrow(new DomainException(ErrorCode.ORGANISATION_NOT_FOUND, "none"));

        assertProblem(send("GET", "organisations/" + unknown, null), 404, "ORGANISATION_NOT_FOUND");
        assertProblem(send("GET", "organisations/not-a-uuid", null), 404, "ORGANISATION_NOT_FOUND");
    }

    @Test
    void listsWithFiltersAndPaging() throws Exception {
        when(LIST.list(any(), any(), any())).thenAnswer(call -> new Page<>(List.of(RONNEBY),
                call.getArgument(2), 41));

        HttpResponse<String> response = send("GET", "organisations?kind=MUNICIPALITY&role=supplier&page=2&size=10",
                null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject body = json(response);
        assertThat(body.getJsonArray("items")).hasSize(1);
        assertThat(body.getInt("page")).isEqualTo(2);
        assertThat(body.getInt("size")).isEqualTo(10);
        assertThat(body.getInt("totalItems")).isEqualTo(41);
        assertThat(body.getInt("totalPages")).isEqualTo(5);
        verify(LIST).list(any(), eq(new OrganisationFilter(OrganisationKind.MUNICIPALITY, OrganisationRole.SUPPLIER)),
                eq(new PageRequest(2, 10)));
    }

    @Test
    void badListParametersAreRefusedByName() throws Exception {
        HttpResponse<String> response = send("GET", "organisations?kind=TOWN&page=x&size=1000", null);

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("kind:UNKNOWN_VALUE", "page:INVALID_FORMAT",
                "size:OUT_OF_RANGE");
        assertProblem(send("GET", "organisations?size=1000", null), 400, "VALIDATION_FAILED");
        verifyNoInteractions(LIST);
    }

    @Test
    void changingNeedsTheVersionReadInIfMatch() throws Exception {
        HttpResponse<String> response = send("PUT", "organisations/" + RONNEBY.id(), """
                {"name": "Ronneby", "kind": "MUNICIPALITY", "population": 29021}""");

        assertProblem(response, 428, "VERSION_REQUIRED");
        verifyNoInteractions(UPDATE);
    }

    @Test
    void aChangeBasedOnAStaleVersionIsAPreconditionFailure() throws Exception {
        when(UPDATE.update(any(), any())).thenThrow(new DomainException(ErrorCode.STALE_VERSION, "stale"));

        HttpResponse<String> response = send("PUT", "organisations/" + RONNEBY.id(), """
                {"name": "Ronneby", "kind": "MUNICIPALITY", "population": 29021}""", "If-Match", "\"1\"");

        assertProblem(response, 412, "STALE_VERSION");
    }

    @Test
    void updatesWithTheVersionFromIfMatch() throws Exception {
        Organisation renamed = Organisation.reconstitute(RONNEBY.id(), RONNEBY.number(),
                new OrganisationProfile(new OrganisationName("Ronneby"), OrganisationKind.MUNICIPALITY,
                        new Population(29_100), null), RONNEBY.roles(), 4);
        when(UPDATE.update(any(), any())).thenReturn(renamed);

        HttpResponse<String> response = send("PUT", "organisations/" + RONNEBY.id(), """
                {"id": "ignored", "version": 3, "name": "Ronneby", "kind": "MUNICIPALITY", "population": 29100}""",
                "If-Match", "W/\"3\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"4\"");
        ArgumentCaptor<UpdateOrganisationCommand> command = ArgumentCaptor.forClass(UpdateOrganisationCommand.class);
        verify(UPDATE).update(any(), command.capture());
        assertThat(command.getValue().expectedVersion()).isEqualTo(3);
        assertThat(command.getValue().profile().name().value()).isEqualTo("Ronneby");
    }

    @Test
    void theOrganisationNumberCannotBeChanged() throws Exception {
        when(GET.get(any(), eq(RONNEBY.id()))).thenReturn(RONNEBY);

        HttpResponse<String> response = send("PUT", "organisations/" + RONNEBY.id(), """
                {"organisationNumber": "212000-0811", "name": "Ronneby", "kind": "MUNICIPALITY",
                 "population": 29021}""", "If-Match", "\"1\"");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("organisationNumber:NOT_CHANGEABLE");
        verifyNoInteractions(UPDATE);
    }

    @Test
    void changesRolesWithTheirOwnEndpoint() throws Exception {
        when(CHANGE_ROLES.changeRoles(any(), any())).thenReturn(RONNEBY);

        HttpResponse<String> response = send("PUT", "organisations/" + RONNEBY.id() + "/roles",
                "{\"roles\": [\"SUPPLIER\", \"CONSUMER\"]}", "If-Match", "\"1\"");

        assertThat(response.statusCode()).isEqualTo(200);
        ArgumentCaptor<ChangeOrganisationRolesCommand> command =
                ArgumentCaptor.forClass(ChangeOrganisationRolesCommand.class);
        verify(CHANGE_ROLES).changeRoles(any(), command.capture());
        assertThat(command.getValue().roles()).isEqualTo(Set.of(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER));
        assertThat(command.getValue().expectedVersion()).isEqualTo(1);
    }

    @Test
    void theServersOwnRefusalsAreProblemsToo() throws Exception {
        HttpResponse<String> wrongType = http.send(HttpRequest.newBuilder(base.resolve("organisations"))
                .header("Content-Type", "text/plain").header("Authorization", TestTokens.bearer(ADMIN)).POST(HttpRequest.BodyPublishers.ofString("hello")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(wrongType, 415, "UNSUPPORTED_MEDIA_TYPE");

        assertProblem(send("GET", "no-such-thing", null), 404, "NOT_FOUND");

        HttpResponse<String> wrongMethod = send("DELETE", "organisations", null);
        assertProblem(wrongMethod, 405, "METHOD_NOT_ALLOWED");
        assertThat(wrongMethod.headers().firstValue("Allow")).isPresent();
    }

    @Test
    void anUnexpectedFailureRevealsOnlyAReference() throws Exception {
        when(GET.get(any(), any())).thenThrow(new IllegalStateException("database password is hunter2"));

        HttpResponse<String> response = send("GET", "organisations/" + RONNEBY.id(), null);

        assertProblem(response, 500, "INTERNAL_ERROR");
        assertThat(response.body()).doesNotContain("hunter2").contains("reference");
    }

    @Test
    void aRequestWithoutATokenIsUnauthorisedWithABearerChallengeAndReachesNoUseCase() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("organisations")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 401, "NOT_AUTHENTICATED");
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"esp\"");
        verifyNoInteractions(LIST);
    }

    @Test
    void aTokenWithAMalformedOrganisationIsUnauthorisedAsAnInvalidToken() throws Exception {
        String token = TestTokens.bearer(Json.createObjectBuilder().add("sub", "someone")
                .add("org_id", "not-a-uuid").add("groups", Json.createArrayBuilder().add("CONSUMER_STAFF")).build());

        HttpResponse<String> response = send("GET", "organisations", null, "Authorization", token);

        assertProblem(response, 401, "NOT_AUTHENTICATED");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("error=\"invalid_token\""));
        verifyNoInteractions(LIST);
    }

    @Test
    void mapsTheTokensSubjectOrganisationAndKnownGroupsToTheActingUser() throws Exception {
        OrganisationId olofstrom = OrganisationId.newId();
        when(LIST.list(any(), any(), any())).thenAnswer(call -> new Page<>(List.of(), call.getArgument(2), 0));
        String token = TestTokens.bearer(Json.createObjectBuilder().add("sub", "case-officer-7")
                .add("org_id", olofstrom.toString())
                .add("groups", Json.createArrayBuilder().add("consumer_staff").add("some-idp-group")).build());

        assertThat(send("GET", "organisations", null, "Authorization", token).statusCode()).isEqualTo(200);

        verify(LIST).list(eq(new ActingUser("case-officer-7", olofstrom, EnumSet.of(UserRole.CONSUMER_STAFF))),
                any(), any());
    }

    /*
     * A raw socket rather than HttpClient: a client that insists on writing the whole refused body races the
     * server, which answers 413 without reading it and then closes the connection with the rest unread, so the
     * close may reset the connection and take the answer with it ("fixed content-length: 212, bytes received:
     * 0"). Here the client sends only what it means to and then reads: for a declared length not one byte of the
     * body, which proves the refusal more directly than before (there is nothing the server could have read).
     */
    @Test
    void aBodyOverTheSizeLimitIsRefusedWith413BeforeItIsRead() throws Exception {
        long tooLarge = RequestSizeLimit.MAX_BYTES + 1;

        // only the header says how long the body would be; not one byte of it is ever sent
        RawResponse declared = RawResponse.exchange(base, "POST", "organisations",
                List.of("Content-Type: application/json", "Authorization: " + TestTokens.bearer(ADMIN),
                        "Content-Length: " + tooLarge), new byte[0]);
        assertProblem(declared.status(), declared.header("Content-Type"), declared.body(), 413,
                "PAYLOAD_TOO_LARGE");

        // a complete, valid chunked body one byte past the limit: no header announces its length, so only the
        // counting stream stops it (without it the body is read to its end and refused 400). It is sent whole
        // because the JDK server reads what is left of a body the application closed before it answers.
        byte[] json = ("{\"name\": \"" + "x".repeat((int) tooLarge - 12) + "\"}")
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(json).hasSize((int) tooLarge);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        for (int offset = 0; offset < json.length; offset += 8192) {
            int length = Math.min(8192, json.length - offset);
            chunks.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunks.write(json, offset, length);
            chunks.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunks.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        RawResponse chunked = RawResponse.exchange(base, "POST", "organisations",
                List.of("Content-Type: application/json", "Authorization: " + TestTokens.bearer(ADMIN),
                        "Transfer-Encoding: chunked"), chunks.toByteArray());
        assertProblem(chunked.status(), chunked.header("Content-Type"), chunked.body(), 413, "PAYLOAD_TOO_LARGE");

        verifyNoInteractions(REGISTER);
    }

    /** One HTTP/1.1 exchange on a socket of its own, writing exactly the given bytes and no more. */
    private record RawResponse(int status, Map<String, String> headers, String body) {

        static RawResponse exchange(URI base, String method, String path, List<String> headers, byte[] body)
                throws IOException {
            URI target = base.resolve(path);
            try (Socket socket = new Socket(target.getHost(), target.getPort())) {
                socket.setSoTimeout(30_000);
                StringBuilder head = new StringBuilder(method + " " + target.getRawPath() + " HTTP/1.1\r\n")
                        .append("Host: ").append(target.getHost()).append(':').append(target.getPort()).append("\r\n");
                headers.forEach(header -> head.append(header).append("\r\n"));
                OutputStream out = socket.getOutputStream();
                out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                return read(new BufferedInputStream(socket.getInputStream()));
            }
        }

        private static RawResponse read(InputStream in) throws IOException {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
                for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                     size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
            } else {
                int length = Integer.parseInt(headers.get("Content-Length"));
                byte[] bytes = in.readNBytes(length);
                if (bytes.length < length) {
                    throw new EOFException("answer ended after " + bytes.length + " of " + length + " bytes");
                }
                body.write(bytes);
            }
            return new RawResponse(status, headers, body.toString(StandardCharsets.UTF_8));
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("connection closed in the middle of the answer, after: " + line);
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name));
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (Arrays.stream(headers).noneMatch("Authorization"::equals)) {
            request.header("Authorization", TestTokens.bearer(ADMIN));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertProblem(response.statusCode(), response.headers().firstValue("Content-Type"), response.body(), status,
                code);
    }

    private static void assertProblem(int actualStatus, Optional<String> contentType, String body, int status,
                                      String code) {
        assertThat(actualStatus).as(body).isEqualTo(status);
        assertThat(contentType).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = Json.createReader(new StringReader(body)).readObject();
        assertThat(problem.getString("code")).isEqualTo(code);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("type")).startsWith("urn:esp:problem:");
        assertThat(problem.getString("title")).isNotBlank();
    }

    private static List<String> errors(HttpResponse<String> response) {
        return json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ":" + e.getString("code"))
                .toList();
    }

}

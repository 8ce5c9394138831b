package se.esp.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import se.esp.adapter.common.testing.TestIdentityProvider;
import se.esp.adapter.web.organisation.OrganisationResource;
import se.esp.adapter.web.testing.ApiServer;
import se.esp.adapter.web.testing.HttpHarness;
import se.esp.adapter.web.testing.TestTokens;
import se.esp.application.paging.Page;
import se.esp.application.port.in.organisation.ChangeOrganisationRolesUseCase;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.application.port.in.organisation.ListOrganisationsQuery;
import se.esp.application.port.in.organisation.RegisterOrganisationUseCase;
import se.esp.application.port.in.organisation.UpdateOrganisationUseCase;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;

/**
 * The {@code Authorization} header on the API, read by the production {@link AuthenticationFilter} with real signed
 * tokens: the scheme in any case, 401 with {@code error="invalid_token"} and a description for a refused token, a
 * bare bearer challenge for no token or another scheme; a public endpoint serves the anonymous but not a bad token.
 */
class BearerAuthenticationHttpTest {

    private static final ListOrganisationsQuery LIST = mock(ListOrganisationsQuery.class);
    private static final DemoTokenIssuer DEMO = mock(DemoTokenIssuer.class);
    private static final ActingUser CASE_OFFICER = new ActingUser("case-officer-7", OrganisationId.newId(),
            EnumSet.of(UserRole.CONSUMER_STAFF));

    private static ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = ApiServer.start(new OrganisationResource(mock(RegisterOrganisationUseCase.class),
                mock(UpdateOrganisationUseCase.class), mock(ChangeOrganisationRolesUseCase.class),
                mock(GetOrganisationQuery.class), LIST, new RequestIdentity()), new DemoTokenResource(DEMO));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        Mockito.reset(LIST, DEMO);
        when(LIST.list(any(), any(), any())).thenAnswer(call -> new Page<>(List.of(), call.getArgument(2), 0));
        when(DEMO.enabled()).thenReturn(true);
        when(DEMO.identities()).thenReturn(List.of());
    }

    @Test
    void acceptsTheBearerSchemeInAnyCase() throws Exception {
        String token = TestTokens.PROVIDER.token(CASE_OFFICER);
        for (String scheme : new String[] {"Bearer", "bearer", "BEARER"}) {
            Mockito.clearInvocations(LIST);

            HttpResponse<String> response = get("organisations", scheme + " " + token);

            assertThat(response.statusCode()).as(scheme + ": " + response.body()).isEqualTo(200);
            verify(LIST).list(eq(CASE_OFFICER), any(), any());
        }
    }

    @Test
    void aRefusedTokenIsUnauthorisedAsAnInvalidTokenSayingWhyAndReachesNoUseCase() throws Exception {
        TestIdentityProvider.Claims claims = TestTokens.PROVIDER.claims("u").groups("CONSUMER_STAFF");
        assertInvalidToken("Bearer " + new TestIdentityProvider().claims("u").sign(), "signature does not verify");
        assertInvalidToken("Bearer " + claims.expiresIn(Duration.ofHours(-1)).sign(), "the bearer token expired at");
        assertInvalidToken("Bearer " + TestTokens.PROVIDER.claims("u").unsigned(), "not signed (alg none)");
        assertInvalidToken("Bearer ", "the bearer token is empty");
        assertInvalidToken("bearer not.a.jwt", "not a JWT");
        verifyNoInteractions(LIST);
    }

    @Test
    void noTokenOrAnotherSchemeIsUnauthorisedWithABareBearerChallenge() throws Exception {
        for (String header : new String[] {null, "Basic dXNlcjpwYXNz"}) {
            HttpResponse<String> response = get("organisations", header);

            HttpHarness.assertProblem(response, 401, "NOT_AUTHENTICATED");
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"esp\"");
        }
        assertThat(HttpHarness.json(get("organisations", "Basic dXNlcjpwYXNz")).getString("detail"))
                .contains("the Basic scheme");
        verifyNoInteractions(LIST);
    }

    @Test
    void aPublicEndpointServesTheAnonymousAndOtherSchemesButNotARefusedToken() throws Exception {
        assertThat(get("demo/tokens", null).statusCode()).isEqualTo(200);
        assertThat(get("demo/tokens", "Basic dXNlcjpwYXNz").statusCode()).isEqualTo(200);
        assertThat(get("demo/tokens", TestTokens.bearer(CASE_OFFICER)).statusCode()).isEqualTo(200);

        HttpResponse<String> forged = get("demo/tokens", "Bearer " + new TestIdentityProvider().claims("u").sign());

        HttpHarness.assertProblem(forged, 401, "NOT_AUTHENTICATED");
        assertThat(forged.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).contains("error=\"invalid_token\""));
    }

    private void assertInvalidToken(String header, String why) throws Exception {
        HttpResponse<String> response = get("organisations", header);

        HttpHarness.assertProblem(response, 401, "NOT_AUTHENTICATED");
        assertThat(response.headers().firstValue("WWW-Authenticate")).as(header).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Bearer realm=\"esp\", error=\"invalid_token\", error_description=\"")
                        .contains(why));
        assertThat(HttpHarness.json(response).getString("detail")).contains(why);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.base().resolve(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import jakarta.json.JsonObject;

import se.esp.bootstrap.e2e.StandInOpenIdProvider.Person;
import se.esp.bootstrap.e2e.StandInOpenIdProvider.Token;

/**
 * The console signed in through the owner's OpenID Connect provider, as production runs it: Liberty's OpenID Connect
 * client configured with the settings an operator sets ({@code ESP_CONSOLE_SIGNIN=oidc}, the provider's discovery
 * URL, the client's id and secret, a trust store for its certificate) against {@link StandInOpenIdProvider}, with
 * demo sign-in off. One server start: a browser opening a console page is sent through the provider and back, and
 * is the person the provider named, with the roles and organisation of the token's claims, read as the API reads
 * them; ID tokens of another issuer or with a forged signature sign nobody in; the API keeps its own bearer tokens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleOpenIdConnectIT {

    private static final String CONSOLE = "/console/organisations.xhtml";

    private StandInOpenIdProvider provider;
    private LibertyServer server;
    private String ronneby;

    @BeforeAll
    void start() throws Exception {
        Path work = LibertyServer.workDir("console-oidc");
        provider = new StandInOpenIdProvider(work);
        Map<String, String> settings = new HashMap<>(provider.serverSettings());
        settings.put("ESP_DATA_DIR", work.resolve("data").toString());
        settings.put("ESP_DEMO_IDENTITIES_ENABLED", "false");
        byte[] personalDataKey = new byte[32];
        new java.security.SecureRandom().nextBytes(personalDataKey);
        settings.put("ESP_PERSONAL_DATA_KEY", java.util.Base64.getEncoder().encodeToString(personalDataKey));
        server = new LibertyServer(settings);
        server.start();
        Http administrator = new Http().as(provider.accessToken(new Person("idp|api-admin", "API",
                null, List.of("PLATFORM_ADMINISTRATOR"))));
        HttpResponse<String> municipalities = administrator.get(server.uri("/api/organisations?kind=MUNICIPALITY"
                + "&size=100"));
        assertThat(municipalities.statusCode()).as(municipalities.body()).isEqualTo(200);
        ronneby = Http.json(municipalities).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("Ronneby kommun")).findFirst().orElseThrow().getString("id");
    }

    /** A new browser, without cookies, that trusts the provider's and the server's certificates. */
    private ConsoleHttp browser() {
        return new ConsoleHttp(provider.browserTrust(server.certificate()));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    @Order(1)
    void aConsolePageSendsTheBrowserThroughTheProviderAndSignsInThePersonItNamesWithTheirRoles() {
        provider.signsIn(new Person("idp|4711", "Astrid Förvaltare", null,
                List.of("platform-administrator", "staff-everyone")), Token.GENUINE);
        ConsoleHttp browser = browser();
        int before = provider.authorizations();
        String signIn = "console sign-in through the identity provider: user idp|4711, organisation none, roles "
                + "[PLATFORM_ADMINISTRATOR]";
        long signInsBefore = server.logLinesContaining(signIn);

        HttpResponse<String> console = browser.get(server.uri(CONSOLE));

        assertThat(console.statusCode()).as(console.body()).isEqualTo(200);
        assertThat(console.uri().getPath()).isEqualTo(CONSOLE);
        assertThat(provider.authorizations()).isEqualTo(before + 1);
        assertThat(console.body()).contains("Astrid Förvaltare").contains("Ronneby kommun")
                .contains("id=\"actions:registerButton\""); // an administrator's page: the role came from the groups
        assertThat(server.logLinesContaining(signIn)).isEqualTo(signInsBefore + 1);

        // signed in: the next page needs no trip to the provider
        assertThat(browser.get(server.uri(CONSOLE)).body()).contains("Astrid Förvaltare");
        assertThat(provider.authorizations()).isEqualTo(before + 1);
    }

    @Test
    @Order(2)
    void thePersonActsForTheOrganisationOfTheTokenWithTheRolesOfItsGroupsOnly() {
        provider.signsIn(new Person("idp|0815", "Ronja Leverantör", ronneby, List.of("SUPPLIER_STAFF")),
                Token.GENUINE);
        ConsoleHttp browser = browser();
        String signIn = "console sign-in through the identity provider: user idp|0815, organisation " + ronneby
                + ", roles [SUPPLIER_STAFF]";
        long signInsBefore = server.logLinesContaining(signIn);

        HttpResponse<String> console = browser.get(server.uri("/console/start.xhtml"));

        assertThat(console.statusCode()).as(console.body()).isEqualTo(200);
        assertThat(console.body()).contains("Ronja Leverantör").doesNotContain("id=\"nav-organisations\"");
        assertThat(browser.get(server.uri(CONSOLE)).statusCode()).as("an administrator's page").isEqualTo(403);
        assertThat(server.logLinesContaining(signIn)).isEqualTo(signInsBefore + 1);
    }

    @Test
    @Order(3)
    void anIdTokenOfAnotherIssuerSignsNobodyIn() {
        assertRefused(new Person("idp|666", "Mallory Annanstans", null, List.of("PLATFORM_ADMINISTRATOR")),
                Token.OTHER_ISSUER);
    }

    @Test
    @Order(4)
    void anIdTokenWithAForgedSignatureSignsNobodyIn() {
        assertRefused(new Person("idp|667", "Mallory Förfalskare", null, List.of("PLATFORM_ADMINISTRATOR")),
                Token.FORGED_SIGNATURE);
    }

    private void assertRefused(Person person, Token token) {
        provider.signsIn(person, token);
        ConsoleHttp browser = browser();
        int issued = provider.tokensIssued();
        long signInsBefore = server.logLinesContaining("user " + person.subject() + ",");

        HttpResponse<String> answer = browser.get(server.uri(CONSOLE));

        assertThat(provider.tokensIssued()).as("the server fetched the token").isEqualTo(issued + 1);
        assertThat(answer.statusCode()).isIn(401, 403);
        assertThat(answer.body()).doesNotContain(person.name()).doesNotContain("Ronneby kommun");
        assertThat(server.logLinesContaining("user " + person.subject() + ",")).isEqualTo(signInsBefore);
        int before = provider.authorizations();
        assertThat(browser.get(server.uri(CONSOLE)).body()).doesNotContain(person.name());
        assertThat(provider.authorizations()).as("still not signed in: sent to the provider again")
                .isEqualTo(before + 1);
    }

    @Test
    @Order(5)
    void theApiKeepsItsBearerTokensAndTheSignInPageOffersTheProvider() {
        provider.signsIn(new Person("idp|4711", "Astrid Förvaltare", null, List.of("PLATFORM_ADMINISTRATOR")),
                Token.GENUINE);
        ConsoleHttp browser = browser();
        assertThat(browser.get(server.uri(CONSOLE)).body()).contains("Astrid Förvaltare");

        // the console's cookies are no credentials for the API; the provider's access token is
        HttpResponse<String> withCookies = browser.get(server.uri("/api/organisations"));
        assertThat(withCookies.statusCode()).isEqualTo(401);
        assertThat(withCookies.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> withToken = new Http().as(provider.accessToken(new Person("idp|4711", "Astrid",
                null, List.of("PLATFORM_ADMINISTRATOR")))).get(server.uri("/api/organisations"));
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(new Http().get(server.uri("/health/ready")).statusCode()).isEqualTo(200);

        HttpResponse<String> signInPage = new ConsoleHttp().get(server.uri("/login.xhtml"));
        assertThat(signInPage.statusCode()).isEqualTo(200);
        assertThat(signInPage.body()).contains("id=\"providerSignIn\"").doesNotContain("login:password");
    }

    @Test
    @Order(6)
    void signingOutEndsTheServersSignInSoTheNextPageGoesToTheProviderAgain() {
        provider.signsIn(new Person("idp|4711", "Astrid Förvaltare", null, List.of("PLATFORM_ADMINISTRATOR")),
                Token.GENUINE);
        ConsoleHttp browser = browser();
        HttpResponse<String> console = browser.get(server.uri(CONSOLE));
        assertThat(console.body()).contains("Astrid Förvaltare");

        java.util.Map<String, String> signOut = ConsoleHttp.form("signOut:signOutButton", "x", "signOut_SUBMIT", "1");
        signOut.putAll(ConsoleHttp.from(console));
        HttpResponse<String> signedOut = browser.post(server.uri(CONSOLE), signOut);
        assertThat(signedOut.uri().getPath()).isEqualTo("/login.xhtml");

        int before = provider.authorizations();
        assertThat(browser.get(server.uri(CONSOLE)).body()).contains("Astrid Förvaltare");
        assertThat(provider.authorizations()).isEqualTo(before + 1);
    }
}

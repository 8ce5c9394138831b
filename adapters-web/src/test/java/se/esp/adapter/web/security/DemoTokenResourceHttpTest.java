package se.esp.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.web.testing.HttpHarness.assertProblem;
import static se.esp.adapter.web.testing.HttpHarness.errors;
import static se.esp.adapter.web.testing.HttpHarness.json;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import se.esp.adapter.web.testing.HttpHarness;
import se.esp.application.security.UserRole;

/** The demo token endpoint's bodies over real HTTP, with a stand-in issuer; anonymous, as a newcomer calls it. */
class DemoTokenResourceHttpTest {

    /** Issues a fixed token to one demo user while enabled. */
    private static final class Issuer implements DemoTokenIssuer {

        volatile boolean enabled = true;

        @Override
        public boolean enabled() {
            return enabled;
        }

        @Override
        public List<DemoIdentity> identities() {
            return List.of(new DemoIdentity("malmo-consumer", "Mohammed Handläggare (Malmö)", "212000-1124",
                    "Malmö stad", EnumSet.of(UserRole.CONSUMER_STAFF, UserRole.COORDINATOR)));
        }

        @Override
        public Optional<IssuedToken> issue(String username) {
            return username.equals("malmo-consumer") ? Optional.of(new IssuedToken("header.payload.signature", 28_800))
                    : Optional.empty();
        }
    }

    private static final Issuer ISSUER = new Issuer();
    private static HttpHarness server;
    private static HttpHarness http;

    @BeforeAll
    static void start() {
        server = new HttpHarness(null, new DemoTokenResource(ISSUER));
        http = server.anonymous();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void enable() {
        ISSUER.enabled = true;
    }

    @Test
    void listsTheDemoIdentitiesWithTheirRolesByName() throws Exception {
        HttpResponse<String> response = http.send("GET", "demo/tokens", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject identity = json(response).getJsonArray("items").getJsonObject(0);
        assertThat(identity.getString("user")).isEqualTo("malmo-consumer");
        assertThat(identity.getString("name")).isEqualTo("Mohammed Handläggare (Malmö)");
        assertThat(identity.getString("organisationNumber")).isEqualTo("212000-1124");
        assertThat(identity.getString("organisationName")).isEqualTo("Malmö stad");
        assertThat(identity.getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactly("CONSUMER_STAFF", "COORDINATOR");
    }

    @Test
    void issuesABearerTokenThatIsNotToBeStored() throws Exception {
        HttpResponse<String> response = http.send("POST", "demo/tokens", "{\"user\": \"malmo-consumer\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("no-store"));
        JsonObject token = json(response);
        assertThat(token.getString("access_token")).isEqualTo("header.payload.signature");
        assertThat(token.getString("token_type")).isEqualTo("Bearer");
        assertThat(token.getJsonNumber("expires_in").longValue()).isEqualTo(28_800);
    }

    @Test
    void refusesAnUnknownUserAMissingOneAnUnknownFieldAndAnOverlongName() throws Exception {
        assertThat(errors(http.send("POST", "demo/tokens", "{\"user\": \"mallory\"}")))
                .containsExactly("user:UNKNOWN_VALUE");
        assertThat(errors(http.send("POST", "demo/tokens", "{\"username\": \"malmo-consumer\"}")))
                .containsExactly("user:REQUIRED", "username:NOT_ALLOWED");
        assertThat(errors(http.send("POST", "demo/tokens", "{\"user\": 42}"))).containsExactly("user:INVALID_FORMAT");
        HttpResponse<String> overlong = http.send("POST", "demo/tokens", "{\"user\": \"" + "a".repeat(101) + "\"}");
        assertProblem(overlong, 400, "VALIDATION_FAILED");
        assertThat(errors(overlong)).containsExactly("user:TOO_LONG");
        assertProblem(http.send("POST", "demo/tokens", "{\"user\": \"a\", \"user\": \"malmo-consumer\"}"), 400,
                "MALFORMED_JSON");
    }

    @Test
    void isAbsentWhenDemoIdentitiesAreOff() throws Exception {
        ISSUER.enabled = false;

        assertThat(http.send("GET", "demo/tokens", null).statusCode()).isEqualTo(404);
        assertThat(http.send("POST", "demo/tokens", "{\"user\": \"malmo-consumer\"}").statusCode()).isEqualTo(404);
    }
}

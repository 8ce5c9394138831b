package se.esp.adapter.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import se.esp.application.security.ActingUser;

/**
 * Resources over real HTTP for their tests: an {@link ApiServer} (the web adapter's providers, authentication
 * included) and a client that signs every request in as one user with {@link TestTokens#bearer(ActingUser)}.
 * {@link #as(ActingUser)} and {@link #anonymous()} talk to the same server as somebody else. Resources under test
 * take a {@code new RequestIdentity()}, so the acting user reaches the mocked use cases exactly as on the server.
 */
public final class HttpHarness implements AutoCloseable {

    private final ApiServer server;
    private final boolean ownsServer;
    private final ActingUser user;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Starts a server with the resources; requests are signed in as {@code user}. */
    public HttpHarness(ActingUser user, Object... resources) {
        this(ApiServer.start(resources), true, user);
    }

    private HttpHarness(ApiServer server, boolean ownsServer, ActingUser user) {
        this.server = server;
        this.ownsServer = ownsServer;
        this.user = user;
    }

    /** The same server, requests signed in as another user. */
    public HttpHarness as(ActingUser other) {
        return new HttpHarness(server, false, other);
    }

    /** The same server, requests without a token. */
    public HttpHarness anonymous() {
        return new HttpHarness(server, false, null);
    }

    public URI base() {
        return server.base();
    }

    public HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", TestTokens.bearer(user));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    public static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = json(response);
        assertThat(problem.getString("code")).isEqualTo(code);
        assertThat(problem.getInt("status")).isEqualTo(status);
    }

    public static List<String> errors(HttpResponse<String> response) {
        return json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ":" + e.getString("code"))
                .toList();
    }

    @Override
    public void close() {
        if (ownsServer) {
            server.close();
        }
    }
}

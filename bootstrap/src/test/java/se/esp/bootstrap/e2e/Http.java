package se.esp.bootstrap.e2e;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * A small HTTP client for the end-to-end tests. {@link #as(String)} gives a client that sends a bearer token, as
 * every API client must; the plain one sends none (health, OpenAPI, and the checks that anonymous calls are
 * refused).
 *
 * <p>{@link #checkedAgainst(ApiContract)} gives a client that checks every answer from {@code /api/…} against the
 * OpenAPI document before the test sees it: an undocumented status or a body that does not conform fails the test
 * with the operation, the status and every violation. By default (switch off with {@code -Desp.e2e.api-contract=false}) every
 * client of every end-to-end test is checked against the document its server serves.
 */
final class Http {

    /** The run-wide switch: every answer of every test checked against the document of the server it came from. */
    static final boolean CONTRACT_FOR_EVERY_TEST = Boolean.parseBoolean(System.getProperty("esp.e2e.api-contract", "true"));

    private final HttpClient client;
    private final String token;
    private final ApiContract contract;

    Http() {
        this(null, null);
    }

    private Http(String token, ApiContract contract) {
        this.token = token;
        this.contract = contract;
        HttpClient network = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        if (contract != null) {
            this.client = new ContractCheckedHttpClient(network, uri -> contract);
        } else if (CONTRACT_FOR_EVERY_TEST) {
            this.client = new ContractCheckedHttpClient(network, ApiContract::servedBy);
        } else {
            this.client = network;
        }
    }

    /** The same client, signed in with this bearer token. */
    Http as(String bearerToken) {
        return new Http(bearerToken, contract);
    }

    /** The same client, failing on any answer from {@code /api/…} that the document does not describe. */
    Http checkedAgainst(ApiContract apiContract) {
        return new Http(token, apiContract);
    }

    /** Asks the demo run's token endpoint for a demo user's token, as the README tells a newcomer to. */
    static String demoToken(EspServer server, String user) {
        HttpResponse<String> response = new Http().postJson(server.uri("/api/demo/tokens"),
                "{\"user\": \"" + user + "\"}");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no demo token for " + user + ": " + response.statusCode() + " "
                    + response.body());
        }
        return json(response).getString("access_token");
    }

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    /** A GET with one header of the caller's own (e.g. an {@code Authorization} this client would not send). */
    HttpResponse<String> get(URI uri, String header, String value) {
        return send(HttpRequest.newBuilder(uri).header(header, value).GET());
    }

    HttpResponse<String> postJson(URI uri, String json) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postJson(URI uri, String json, String ifMatch) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postJson(URI uri, String json, String header, String value) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> post(URI uri) {
        return send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> post(URI uri, String ifMatch) {
        return send(HttpRequest.newBuilder(uri).header("If-Match", ifMatch).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> putJson(URI uri, String json, String ifMatch) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static JsonObject json(HttpResponse<String> response) {
        return json(response.body());
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static JsonArray jsonArray(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

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
 */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    Http() {
        this(null);
    }

    private Http(String token) {
        this.token = token;
    }

    /** The same client, signed in with this bearer token. */
    Http as(String bearerToken) {
        return new Http(bearerToken);
    }

    /** Asks the demo run's token endpoint for a demo user's token, as the README tells a newcomer to. */
    static String demoToken(LibertyServer server, String user) {
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

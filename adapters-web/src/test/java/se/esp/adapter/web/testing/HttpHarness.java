package se.esp.adapter.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

import com.sun.net.httpserver.HttpServer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import se.esp.adapter.web.problem.DomainExceptionMapper;
import se.esp.adapter.web.problem.MalformedRequestExceptionMapper;
import se.esp.adapter.web.problem.UnexpectedExceptionMapper;
import se.esp.adapter.web.problem.WebApplicationExceptionMapper;

/** One resource served over real HTTP (Jersey on the JDK's server) with the platform's problem mappers. */
public final class HttpHarness implements AutoCloseable {

    private final HttpServer server;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    public HttpHarness(Object resource) {
        ResourceConfig config = new ResourceConfig()
                .register(resource)
                .register(DomainExceptionMapper.class)
                .register(MalformedRequestExceptionMapper.class)
                .register(WebApplicationExceptionMapper.class)
                .register(UnexpectedExceptionMapper.class);
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/api/"), config);
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
    }

    public URI base() {
        return base;
    }

    public HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
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
        server.stop(0);
    }
}

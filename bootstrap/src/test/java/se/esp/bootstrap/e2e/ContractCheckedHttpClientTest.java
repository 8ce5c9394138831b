package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract-checked client checks what the API answers, and leaves alone the page Liberty answers with while the
 * application is not started (the moments after a restart in the crash and scale-out tests).
 */
class ContractCheckedHttpClientTest {

    private static final String LIBERTY_NOT_STARTED = """
            <!DOCTYPE html><html><head><meta name="DC.Title" content="Open Liberty - Context Root Not Found" />
            <title data-externalizedString="CONTEXT_ROOT_NOT_FOUND"></title></head><body></body></html>""";

    /** What the stand-in server answers: status, content type, body. */
    private final AtomicReference<String[]> answer = new AtomicReference<>();
    private HttpServer server;
    private HttpClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String[] a = answer.get();
            byte[] body = a[2].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", a[1]);
            exchange.sendResponseHeaders(Integer.parseInt(a[0]), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        client = ContractCheckedHttpClient.builder(ApiContract.of(ApiContractTest.DOCUMENT)).build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void libertysPageBeforeTheApplicationStartedReachesTheCallerUnchecked() throws Exception {
        answer.set(new String[] {"404", "text/html; charset=UTF-8", LIBERTY_NOT_STARTED});

        HttpResponse<String> response = get("/api/things/1");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("CONTEXT_ROOT_NOT_FOUND");
    }

    @Test
    void anHtmlNotFoundThatIsNotLibertysIsStillABreachOfTheDocument() {
        answer.set(new String[] {"404", "text/html; charset=UTF-8", "<html><body>Not here</body></html>"});

        assertThatThrownBy(() -> get("/api/things/1")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("text/html is not documented");
    }
}

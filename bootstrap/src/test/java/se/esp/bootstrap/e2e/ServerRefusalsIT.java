package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import jakarta.json.JsonObject;

/**
 * What an attacker's run sends: bad paths, odd methods, media types and headers, malformed parameters. Each is
 * written on a raw socket, byte for byte (the JDK's client refuses to send most of them), to the server as it runs.
 * Every refusal the application can reach answers 4xx {@code application/problem+json} whose {@code status} is the
 * HTTP status; what Open Liberty refuses before any application sees the request is at least never a 5xx
 * (adapters-web README, "the server's own refusals").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerRefusalsIT {

    private LibertyServer server;
    private String admin;

    @BeforeAll
    void start() throws Exception {
        server = new LibertyServer(Map.of("ESP_DATA_DIR", LibertyServer.workDir("refusals-data").toString()));
        server.start();
        admin = "Authorization: Bearer " + Http.demoToken(server, "esp-admin");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void pathsTheContainerRefusesInsideTheApplicationAreProblems() throws IOException {
        assertProblem(send("GET /api/no-such-thing"), 404, "NOT_FOUND");
        assertProblem(send("GET /no-such-file"), 404, "NOT_FOUND");
        for (String path : List.of("/api/organisations/a%2Fb", "/api/organisations/a%5Cb", "/api/a%23b",
                "/api/%2E%2E/organisations", "/api/organisations/%c0%ae", "/no-such-file%2F")) {
            assertProblem(send("GET " + path), 400, "BAD_REQUEST");
        }
        assertProblem(send("GET /esp-error"), 404, "NOT_FOUND");
        Response head = send("HEAD /api/organisations/a%2Fb");
        assertThat(head.status()).isEqualTo(400);
        assertThat(head.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void malformedAndOverlongTargetsAreRefusedBeforeTheApplicationReadsThem() throws IOException {
        for (String query : List.of("q=%zz", "q=%", "q=%00", "q=%0d%0aX-Injected:%201", "q=%c0%ae", "q=%ff")) {
            Response response = send("GET /api/catalogue?" + query);
            assertProblem(response, 400, "BAD_REQUEST");
            assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("query");
        }
        assertProblem(send("GET /api/catalogue?q=%zz", admin), 400, "BAD_REQUEST");
        assertProblem(send("GET /api/organisations/" + "a".repeat(9_000)), 414, "URI_TOO_LONG");
    }

    @Test
    void wrongAndUnknownMethodsAre405WithAllow() throws IOException {
        for (String method : List.of("TRACE", "FOO", "DELETE", "PATCH")) {
            Response response = send(method + " /api/organisations", admin);
            assertProblem(response, 405, "METHOD_NOT_ALLOWED");
            assertThat(response.header("Allow")).contains("GET", "POST");
        }
        for (String request : List.of("FOO /login.xhtml", "DELETE /", "PUT /login.xhtml")) {
            Response response = send(request);
            assertProblem(response, 405, "METHOD_NOT_ALLOWED");
            assertThat(response.header("Allow")).isEqualTo("GET, HEAD, POST");
        }
    }

    @Test
    void mediaTypesTheApiCannotReadOrWriteAreProblems() throws IOException {
        String json = "{\"name\": \"X\"}";
        assertProblem(send("POST /api/organisations", admin, "Content-Type: text/plain", "Content-Length: 2", "", "hi"),
                415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(send("POST /api/organisations", admin, "Content-Type: %%%", "Content-Length: 2", "", "hi"),
                400, "BAD_REQUEST");
        assertProblem(send("POST /api/organisations", admin, "Content-Type: application/json; charset=nope",
                "Content-Length: " + json.length(), "", json), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(send("GET /api/catalogue", admin, "Accept: image/png"), 406, "NOT_ACCEPTABLE");
        assertProblem(send("GET /api/catalogue", admin, "Accept: ///"), 400, "BAD_REQUEST");
        // headers only: a body still being written when the server answers and closes could be lost to a reset
        assertProblem(send("POST /api/organisations", admin, "Content-Type: application/json",
                "Content-Length: " + (300 * 1024)), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void malformedIfMatchIsRefusedNamingTheHeaderAndAMissingOneIs428() throws IOException {
        String path = "POST /api/packagings/" + UUID.randomUUID() + "/submission";
        for (String ifMatch : List.of("*", "\"1\", \"2\"", "1", "\"12abc\"", "\"-1\"", "\"99999999999999999999\"")) {
            Response response = send(path, admin, "If-Match: " + ifMatch, "Content-Length: 0");
            assertProblem(response, 400, "VALIDATION_FAILED");
            assertThat(field(response)).isEqualTo("If-Match");
        }
        Response repeated = send(path, admin, "If-Match: \"1\"", "If-Match: \"2\"", "Content-Length: 0");
        assertProblem(repeated, 400, "VALIDATION_FAILED");
        assertThat(field(repeated)).isEqualTo("If-Match");
        assertProblem(send(path, admin, "Content-Length: 0"), 428, "VERSION_REQUIRED");
        Response key = send("POST /api/applications", admin, "Idempotency-Key: a", "Idempotency-Key: b",
                "Content-Type: application/json", "Content-Length: 2", "", "{}");
        assertProblem(key, 400, "VALIDATION_FAILED");
        assertThat(field(key)).isEqualTo("Idempotency-Key");
    }

    @Test
    void malformedOrAbsurdParametersAreRefusedByName() throws IOException {
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("/api/settlement/periods/-2026-01", "period");
        refusals.put("/api/settlement/periods/+999999999-12", "period");
        refusals.put("/api/settlement/periods/0000-01", "period");
        refusals.put("/api/settlement/periods?limit=" + "9".repeat(3_000), "limit");
        refusals.put("/api/statistics/platform?from=0000-01&to=2026-01", "from");
        refusals.put("/api/statistics/platform?from=2026-01&to=%2B999999999-12", "to");
        refusals.put("/api/packagings/" + UUID.randomUUID() + "/costing?groupSize=8&price=-1", "price");
        refusals.put("/api/packagings/" + UUID.randomUUID() + "/costing?groupSize=8&price=1e400", "price");
        refusals.put("/api/catalogue?maxPrice=-1", "maxPrice");
        refusals.put("/api/catalogue?size=100000", "size");
        refusals.put("/api/catalogue?page=" + "9".repeat(3_000), "page");
        refusals.put("/api/organisations?page=-1", "page");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            Response response = send("GET " + refusal.getKey(), admin);
            assertProblem(response, 400, "VALIDATION_FAILED");
            assertThat(field(response)).as(refusal.getKey()).isEqualTo(refusal.getValue());
        }
    }

    @Test
    void theConsoleKeepsHtmlErrorPagesForBrowsers() throws IOException {
        Response missing = send("GET /no-such-page.html", "Accept: text/html,application/xhtml+xml");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("text/html");
        assertThat(missing.body()).contains("<html lang=\"sv\"").doesNotContain("SRVE", "Exception");
        assertThat(missing.header("Content-Security-Policy")).isNotNull();
        Response api = send("GET /api/no-such-thing", "Accept: text/html");
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
    }

    /**
     * Open Liberty's web container refuses these while decoding and normalising the path, before it picks an
     * application (CWWWC0005I), its security collaborator refuses TRACE to servlets that do not implement it, and
     * its HTTP channel refuses what it cannot parse: no application code runs, so none can answer problem+json.
     * What holds is that none of it is a server error.
     */
    @Test
    void whatLibertyRefusesBeforeAnyApplicationIsNeverAServerError() throws IOException {
        for (String request : List.of("GET /api/%00", "GET /api/..;/organisations", "GET /api/%zz", "GET /api/x%",
                "GET /api/../../etc/passwd", "TRACE /", "TRACE /login.xhtml")) {
            int status = send(request).status();
            assertThat(status).as(request).isBetween(400, 499);
        }
        assertThat(sendRaw("GET /api/org\u0001x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status())
                .isBetween(400, 499);
        assertThat(sendRaw("GET /api/organisations HTTP/1.1\r\nHost: x\r\nNo colon\r\nConnection: close\r\n\r\n")
                .status()).isBetween(400, 499);
        assertThat(send("GET /api/organisations/" + "a".repeat(40_000)).status()).isBetween(400, 499);
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
        if (response.body().isEmpty()) {
            return; // a HEAD request
        }
        JsonObject problem = response.json();
        assertThat(problem.getInt("status")).as(response.toString()).isEqualTo(status);
        assertThat(problem.getString("code")).as(response.toString()).isEqualTo(code);
        assertThat(problem.getString("type")).startsWith("urn:esp:problem:");
        assertThat(problem.getString("title")).isNotBlank();
    }

    private static String field(Response response) {
        return response.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    /**
     * Sends {@code "METHOD target"} with the given header lines; an empty line and then a body may follow, as on the
     * wire.
     */
    private Response send(String requestLine, String... lines) throws IOException {
        StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                .append("Connection: close\r\n");
        int i = 0;
        for (; i < lines.length && !lines[i].isEmpty(); i++) {
            request.append(lines[i]).append("\r\n");
        }
        request.append("\r\n");
        for (i++; i < lines.length; i++) {
            request.append(lines[i]);
        }
        return sendRaw(request.toString());
    }

    private Response sendRaw(String request) throws IOException {
        URI uri = server.uri("/");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return Response.read(socket.getInputStream());
        }
    }

    /** An HTTP/1.1 answer as read off the socket, chunked bodies joined. */
    record Response(int status, Map<String, String> headers, String body) {

        static Response read(InputStream in) throws IOException {
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    received.write(buffer, 0, n);
                    if (complete(received.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // what arrived is what there is: the server may reset a connection it refused
            }
            String text = received.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String rawBody = end < 0 ? "" : text.substring(end + 4);
            String[] headLines = head.split("\r\n");
            int status = headLines[0].startsWith("HTTP/") ? Integer.parseInt(headLines[0].split(" ")[1]) : -1;
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < headLines.length; i++) {
                int colon = headLines[i].indexOf(':');
                if (colon > 0) {
                    headers.putIfAbsent(headLines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            headLines[i].substring(colon + 1).strip());
                }
            }
            String body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? dechunk(rawBody) : rawBody;
            return new Response(status, headers,
                    new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }

        /** Whether the whole answer has arrived: its declared length, or the last chunk. */
        private static boolean complete(String text) {
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return false;
            }
            String head = text.substring(0, end).toLowerCase(Locale.ROOT);
            int length = head.indexOf("\ncontent-length:");
            if (length >= 0) {
                int lineEnd = head.indexOf('\r', length + 1);
                String value = head.substring(length + 16, lineEnd < 0 ? head.length() : lineEnd).strip();
                return text.length() - end - 4 >= Integer.parseInt(value);
            }
            return head.contains("transfer-encoding: chunked") && text.endsWith("0\r\n\r\n");
        }

        private static String dechunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (at < chunked.length()) {
                int lineEnd = chunked.indexOf("\r\n", at);
                if (lineEnd < 0) {
                    break;
                }
                int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
                if (size == 0) {
                    break;
                }
                body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
                at = lineEnd + 2 + size + 2;
            }
            return body.toString();
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonObject json() {
            return Http.json(body);
        }

        @Override
        public String toString() {
            return status + " " + headers.get("content-type") + " " + body.substring(0, Math.min(body.length(), 400));
        }
    }
}

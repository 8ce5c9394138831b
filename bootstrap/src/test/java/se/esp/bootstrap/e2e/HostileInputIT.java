package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An attacker's run against the running server: every write endpoint the OpenAPI document lists gets every kind of
 * hostile body (nesting beyond any bound, numbers of thousands of digits or with huge exponents, trailing data,
 * duplicate keys, invalid UTF-8, what is not an object, tens of thousands of keys, a wrong media type…), every
 * endpoint reading {@code If-Match} gets malformed ones, and every query parameter gets absurd values. Nothing may
 * answer 5xx; every refusal is {@code application/problem+json} whose {@code status} is the HTTP status; and the
 * server may spend at most {@value #MAX_REFUSAL_MICROS} µs on a refusal, as its own access log measures it (the
 * {@code %D} field). A refusal slower than that is sent twice more and fails only if it is slow every time: the bound
 * is about work done per request, which repeats, not about a collector pause or a cold JIT, which do not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    static final long MAX_REFUSAL_MICROS = 100_000;
    private static final Pattern ACCESS_LINE = Pattern.compile("\"[A-Z]+ \\S*[?&]hostile=(\\d+)\\S* HTTP/[0-9.]+\" "
            + "(\\d{3}) \\S+ (\\d+)$");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<Integer, Sent> sent = new LinkedHashMap<>();
    private LibertyServer server;
    private String adminToken;
    private JsonObject document;

    /** One request of this run, as sent, to send it again. */
    private record Sent(String what, String method, String path, String contentType, byte[] body,
                        Map<String, String> headers, boolean mustRefuse) {
    }

    private record Answer(int status, String contentType, String body) {
    }

    @BeforeAll
    void start() throws Exception {
        Path data = LibertyServer.workDir("hostile-data");
        server = new LibertyServer(Map.of("ESP_DATA_DIR", data.toString()));
        server.start();
        adminToken = Http.demoToken(server, "esp-admin");
        HttpResponse<String> openapi = new Http().get(server.uri("/openapi?format=JSON"));
        assertThat(openapi.statusCode()).isEqualTo(200);
        document = Json.createReader(new StringReader(openapi.body())).readObject();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void everyWriteEndpointRefusesEveryHostileBodyCheaplyAsProblemJson() throws Exception {
        List<String> failures = new ArrayList<>();
        int endpoints = 0;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonObject operation = path.getValue().asJsonObject().getJsonObject(method);
                if (operation == null) {
                    continue;
                }
                endpoints++;
                boolean hasBody = operation.containsKey("requestBody");
                Map<String, String> headers = new LinkedHashMap<>();
                if (readsHeader(operation, "If-Match")) {
                    headers.put("If-Match", "\"1\"");
                }
                for (Map.Entry<String, byte[]> body : hostileBodies().entrySet()) {
                    String contentType = body.getKey().startsWith("text/plain") ? "text/plain" : "application/json";
                    send(failures, new Sent(body.getKey(), method.toUpperCase(), concrete(path.getKey()), contentType,
                            body.getValue(), headers, hasBody));
                }
            }
        }
        assertThat(endpoints).as("write endpoints in the document").isGreaterThanOrEqualTo(25);
        failures.addAll(slowRefusals());
        assertThat(failures).isEmpty();
    }

    @Test
    void everyEndpointReadingIfMatchRefusesAMalformedOne() throws Exception {
        List<String> failures = new ArrayList<>();
        int endpoints = 0;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                if (!(operation.getValue() instanceof JsonObject op) || !readsHeader(op, "If-Match")) {
                    continue;
                }
                endpoints++;
                for (String ifMatch : List.of("*", "\"abc\"", "\"12abc\"", "\"-1\"", "\"0\"", "W/", "1, 2",
                        "\"1\", \"2\"", "\"99999999999999999999999999\"", "\"" + "9".repeat(5000) + "\"", "\"1",
                        "W/\"\"")) {
                    send(failures, new Sent("If-Match: " + abbreviated(ifMatch), operation.getKey().toUpperCase(),
                            concrete(path.getKey()), "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                            Map.of("If-Match", ifMatch), true));
                }
            }
        }
        assertThat(endpoints).as("endpoints reading If-Match").isGreaterThanOrEqualTo(5);
        failures.addAll(slowRefusals());
        assertThat(failures).isEmpty();
    }

    @Test
    void everyQueryParameterSurvivesAbsurdValues() throws Exception {
        List<String> failures = new ArrayList<>();
        int parameters = 0;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            JsonObject get = path.getValue().asJsonObject().getJsonObject("get");
            if (get == null || !get.containsKey("parameters")) {
                continue;
            }
            for (JsonValue parameter : get.getJsonArray("parameters")) {
                if (!"query".equals(parameter.asJsonObject().getString("in"))) {
                    continue;
                }
                parameters++;
                String name = parameter.asJsonObject().getString("name");
                for (String value : List.of("-1", "-2026-01", "+999999999-12", "0000-01", "0000", "2026-13",
                        "99999999999999999999999999999", "1e1000000", "-1e1000000", "%00", "..;",
                        "9".repeat(3000), "'%20OR%201=1", "NaN")) {
                    send(failures, new Sent(name + "=" + abbreviated(value), "GET",
                            concrete(path.getKey()) + "?" + name + "=" + value, null, null, Map.of(), false));
                }
            }
        }
        assertThat(parameters).as("query parameters in the document").isGreaterThanOrEqualTo(10);
        failures.addAll(slowRefusals());
        assertThat(failures).isEmpty();
    }

    @Test
    void theBearerSchemeIsCaseInsensitiveAndAForgedTokenIsRefusedAsProblemJson() throws Exception {
        for (String scheme : List.of("Bearer", "bearer", "BEARER")) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri("/api/organisations"))
                    .header("Authorization", scheme + " " + adminToken).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(scheme).isEqualTo(200);
        }
        String forged = adminToken.substring(0, adminToken.lastIndexOf('.') + 1) + "AAAA";
        for (String authorization : List.of("Bearer " + forged, "Basic YWRtaW46YWRtaW4=", "Bearer ",
                "Bearer " + "a".repeat(20_000), "Bearer a.b.c", "Bearer " + adminToken + " extra")) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri("/api/organisations"))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(abbreviated(authorization)).isIn(400, 401, 431);
            assertThat(response.headers().firstValue("Content-Type")).as(abbreviated(authorization))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    /** Bodies no endpoint may accept, by what they try. */
    private static Map<String, byte[]> hostileBodies() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("nested 100 000 levels", "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        texts.put("nested 40 objects", "{\"a\":".repeat(40) + "1" + "}".repeat(40));
        texts.put("a 5 000-digit number", "{\"amount\": " + "9".repeat(5000) + "}");
        texts.put("exponent 1e1000000", "{\"amount\": 1e1000000, \"price\": 1e1000000}");
        texts.put("exponent -1e-1000000", "{\"amount\": -1e-1000000}");
        texts.put("exponent beyond int", "{\"amount\": 1E+99999999999}");
        texts.put("a 5 000-digit fraction", "{\"amount\": 0." + "1".repeat(5000) + "}");
        texts.put("trailing document", "{\"a\": 1} {\"b\": 2}");
        texts.put("trailing garbage", "{}garbage");
        texts.put("duplicate keys", "{\"name\": \"a\", \"name\": \"b\"}");
        texts.put("an array", "[]");
        texts.put("a string", "\"text\"");
        texts.put("null", "null");
        texts.put("empty", "");
        texts.put("truncated", "{\"a\": [1, 2");
        texts.put("NaN", "{\"a\": NaN}");
        texts.put("single quotes", "{'a': 1}");
        texts.put("a byte order mark", "\uFEFF{}");
        texts.put("a raw control character", "{\"a\": \"\u0001\"}");
        texts.put("a lone surrogate", "{\"zz\": \"\\ud800\"}");
        StringBuilder keys = new StringBuilder("{");
        for (int i = 0; i < 20_000; i++) {
            keys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":0");
        }
        texts.put("20 000 unknown keys", keys.append('}').toString());
        texts.put("100 000 elements", "{\"zz\": [" + "0,".repeat(99_999) + "0]}");
        texts.put("a 200 000-character string", "{\"zz\": \"" + "x".repeat(200_000) + "\"}");
        texts.put("XML", "<application/>");
        texts.put("text/plain with JSON", "{}");
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        texts.forEach((what, text) -> bodies.put(what, text.getBytes(StandardCharsets.UTF_8)));
        byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        bodies.put("invalid UTF-8", invalidUtf8);
        return bodies;
    }

    private void send(List<String> failures, Sent request) throws Exception {
        int id = sequence.incrementAndGet();
        sent.put(id, request);
        Answer answer = answer(id, request);
        String what = request.method() + " " + request.path() + " with " + request.what() + ": ";
        if (answer.status() >= 500) {
            failures.add(what + answer.status() + " " + abbreviated(answer.body()));
            return;
        }
        if (request.mustRefuse() && answer.status() < 400) {
            failures.add(what + "accepted (" + answer.status() + ")");
            return;
        }
        if (answer.status() >= 400) {
            if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
                failures.add(what + answer.status() + " as " + answer.contentType());
                return;
            }
            try {
                JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
                if (problem.getInt("status", -1) != answer.status() || !problem.containsKey("code")) {
                    failures.add(what + "a problem without status " + answer.status() + " or code: "
                            + abbreviated(answer.body()));
                }
            } catch (RuntimeException e) {
                failures.add(what + "a problem body that is not JSON: " + abbreviated(answer.body()));
            }
        }
    }

    private Answer answer(int id, Sent request) throws IOException, InterruptedException {
        String separator = request.path().contains("?") ? "&" : "?";
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.uri(request.path()) + separator
                        + "hostile=" + id))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken);
        request.headers().forEach(builder::header);
        if (request.body() == null) {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", request.contentType())
                    .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        }
        HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }

    /**
     * Refusals that took the server more than the bound, by its access log; each is sent twice more and reported
     * only if every attempt was slow.
     */
    private List<String> slowRefusals() throws Exception {
        Map<Integer, Long> micros = accessLogMicros();
        assertThat(micros).as("access log lines of this run").isNotEmpty();
        List<String> slow = new ArrayList<>();
        for (Map.Entry<Integer, Long> entry : micros.entrySet()) {
            Sent request = sent.get(entry.getKey());
            if (request == null || entry.getValue() <= MAX_REFUSAL_MICROS) {
                continue;
            }
            long fastest = entry.getValue();
            for (int attempt = 0; attempt < 2 && fastest > MAX_REFUSAL_MICROS; attempt++) {
                int id = sequence.incrementAndGet();
                sent.put(id, request);
                Answer answer = answer(id, request);
                if (answer.status() < 400) {
                    break;
                }
                Long again = awaitAccessLog(id);
                fastest = Math.min(fastest, again == null ? Long.MAX_VALUE : again);
            }
            if (fastest > MAX_REFUSAL_MICROS) {
                slow.add(request.method() + " " + request.path() + " with " + request.what() + ": refused in "
                        + fastest / 1000 + " ms of server time, every time");
            }
        }
        sent.clear();
        return slow;
    }

    private Map<Integer, Long> accessLogMicros() throws IOException, InterruptedException {
        // the access log is written asynchronously: wait until the last request of the run is in it
        awaitAccessLog(sequence.get());
        Map<Integer, Long> micros = new LinkedHashMap<>();
        for (String line : server.accessLog()) {
            Matcher matcher = ACCESS_LINE.matcher(line.strip());
            if (matcher.find() && Integer.parseInt(matcher.group(2)) >= 400) {
                micros.put(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(3)));
            }
        }
        return micros;
    }

    private Long awaitAccessLog(int id) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : server.accessLog()) {
                Matcher matcher = ACCESS_LINE.matcher(line.strip());
                if (matcher.find() && Integer.parseInt(matcher.group(1)) == id) {
                    return Long.parseLong(matcher.group(3));
                }
            }
            Thread.sleep(200);
        }
        return null;
    }

    private static boolean readsHeader(JsonObject operation, String header) {
        return operation.containsKey("parameters") && operation.getJsonArray("parameters").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(p -> "header".equals(p.getString("in")) && header.equalsIgnoreCase(p.getString("name")));
    }

    /** The path with every template variable filled by a random id (or, for periods, a real month). */
    private static String concrete(String template) {
        return template.replaceAll("\\{period\\}", "2099-12").replaceAll("\\{month\\}", "2099-12")
                .replaceAll("\\{[^}]+\\}", UUID.randomUUID().toString());
    }

    private static String abbreviated(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= 120 ? text : text.substring(0, 120) + "… (" + text.length() + " characters)";
    }
}

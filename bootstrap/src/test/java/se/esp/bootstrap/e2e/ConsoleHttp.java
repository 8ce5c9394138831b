package se.esp.bootstrap.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console over plain HTTP, no browser: keeps cookies, posts forms as a forger would, reads the Faces view state
 * of a page and its CSP nonce (PrimeFaces' CSP mode refuses a post without the nonce its page's script adds to every
 * form). For what a person sees in a browser, see {@link se.esp.bootstrap.e2e.browser.ConsoleDriver}.
 */
final class ConsoleHttp {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    /**
     * HTTP/1.1, as a browser speaks over plain {@code http:}. The JDK's default asks to upgrade to HTTP/2 on the first
     * request (h2c), which no browser does, and Liberty 26.0.0.3 cuts a Faces page short on that upgraded first
     * request (at its first flush, e.g. just before the view state's value); over TLS or without the upgrade the
     * page is whole.
     */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    /** Posts a form; {@code fields} in order, names as the page renders them. */
    HttpResponse<String> post(URI uri, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String viewState(HttpResponse<String> page) {
        Matcher matcher = VIEW_STATE.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no view state on the page:\n" + page.body());
        }
        return matcher.group(1);
    }

    /** The page's CSP nonce, as PrimeFaces' script would post it ({@code primefaces.nonce}). */
    static String nonce(HttpResponse<String> page) {
        Matcher matcher = NONCE.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no CSP nonce on the page:\n" + page.body());
        }
        return matcher.group(1);
    }

    /** The fields every post of a page carries: its view state and its nonce. */
    static Map<String, String> from(HttpResponse<String> page) {
        return form("jakarta.faces.ViewState", viewState(page), "primefaces.nonce", nonce(page));
    }

    static Map<String, String> form(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

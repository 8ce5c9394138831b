package se.esp.adapter.web.problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.esp.domain.shared.Violation;
import se.esp.domain.shared.ViolationCode;

/**
 * Refuses, before anything reads it, a request whose target the application would otherwise half-read: longer than
 * {@value #MAX_TARGET_LENGTH} characters (414), with a path or query that is not well-formed percent-encoded UTF-8
 * or that encodes a control character (400, naming {@code path} or {@code query}), and, outside the API, a method
 * the console does not use (405 with {@code Allow}; under {@code /api/} JAX-RS answers 405 with the resource's own
 * {@code Allow}). Without it, a malformed query reaches JAX-RS, which fails on it while building the answer.
 *
 * <p>What Open Liberty refuses before any application sees the request is out of reach here: see the module
 * README ("the server's own refusals").</p>
 */
@WebFilter(filterName = "esp-request-target", urlPatterns = "/*", asyncSupported = true)
public class RequestTargetFilter implements Filter {

    /** Path and query together; far above the longest catalogue query, below the HTTP channel's own limit. */
    public static final int MAX_TARGET_LENGTH = 8 * 1024;

    static final Set<String> CONSOLE_METHODS = Set.of("GET", "HEAD", "POST");
    static final String CONSOLE_ALLOW = "GET, HEAD, POST";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer
                && refused(http, answer)) {
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        int length = path.length() + (query == null ? 0 : query.length() + 1);
        if (length > MAX_TARGET_LENGTH) {
            ServletProblems.write(request, response, path, 414, "the path and query are " + length
                    + " characters long; at most " + MAX_TARGET_LENGTH + " are read", List.of());
            return true;
        }
        String pathProblem = encodingProblem(path);
        String queryProblem = query == null ? null : encodingProblem(query);
        if (pathProblem != null || queryProblem != null) {
            List<Violation> errors = new java.util.ArrayList<>();
            if (pathProblem != null) {
                errors.add(new Violation("path", ViolationCode.INVALID_FORMAT, pathProblem));
            }
            if (queryProblem != null) {
                errors.add(new Violation("query", ViolationCode.INVALID_FORMAT, queryProblem));
            }
            ServletProblems.write(request, response, path, 400,
                    "the request's address is not well-formed percent-encoded UTF-8", errors);
            return true;
        }
        if (!ServletProblems.isApi(path) && !CONSOLE_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", CONSOLE_ALLOW);
            ServletProblems.write(request, response, path, 405, "the console answers only " + CONSOLE_ALLOW,
                    List.of());
            return true;
        }
        return false;
    }

    /**
     * Why a path or query as sent is not well-formed, or {@code null}: every {@code %} must start two hexadecimal
     * digits, the bytes they encode must be UTF-8 (overlong forms such as {@code %c0%ae} are not), and neither
     * they nor the text itself may be a control character (a NUL in a parameter is never meant).
     */
    static String encodingProblem(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? hex(raw.charAt(i + 1)) : -1;
                int low = i + 2 < raw.length() ? hex(raw.charAt(i + 2)) : -1;
                if (high < 0 || low < 0) {
                    return "'%' must be followed by two hexadecimal digits";
                }
                int b = high * 16 + low;
                if (b < 0x20 || b == 0x7f) {
                    return "must not encode a control character";
                }
                bytes.write(b);
                i += 2;
            } else if (c < 0x20 || c == 0x7f) {
                return "must not contain a control character";
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // sent unencoded: the container has already decoded it somehow; only encoded bytes are checked
                bytes.write('?');
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return null;
        } catch (CharacterCodingException e) {
            return "must encode UTF-8 (no overlong or broken byte sequences)";
        }
    }

    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }
}

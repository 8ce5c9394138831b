package se.esp.adapter.web.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.esp.adapter.web.security.SecurityHeadersFilter;
import se.esp.domain.shared.Violation;

/**
 * Writes the refusals made outside JAX-RS — by {@link RequestTargetFilter} before the application reads a request,
 * and by {@link ErrorPageServlet} for what the servlet container refused itself — in the API's problem format.
 * Under {@code /api/} always problem+json; elsewhere (the console) a short HTML page for a browser that asks for
 * HTML, problem+json for anything else.
 */
public final class ServletProblems {

    private ServletProblems() {
    }

    /**
     * @param path   the request's path as sent (not decoded), to choose problem+json or HTML
     * @param detail fixed text of the platform's own: never the container's message, which may echo the request or
     *               name internal classes
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, String path, int status,
                             String detail, List<Violation> errors) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        SecurityHeadersFilter.apply(response, request.isSecure());
        WebErrorCode code = WebErrorCode.forStatus(status);
        byte[] body;
        if (wantsHtml(request, path)) {
            response.setContentType("text/html;charset=UTF-8");
            body = html(status).getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType(Problem.MEDIA_TYPE);
            body = Problem.body(status, code.name(), code.title(), detail, null, errors).toString()
                    .getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
        response.flushBuffer();
    }

    /** Whether the path is the API's: {@code /api} and below. */
    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    private static boolean wantsHtml(HttpServletRequest request, String path) {
        String accept = request.getHeader("Accept");
        return !isApi(path) && accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    /** The console's language; a way back to the sign-in page, and nothing from the request. */
    private static String html(int status) {
        String heading = switch (status) {
            case 400 -> "Begäran kunde inte läsas";
            case 401, 403 -> "Du har inte behörighet till sidan";
            case 404 -> "Sidan finns inte";
            case 405 -> "Sidan kan inte användas så";
            case 414 -> "Adressen är för lång";
            default -> status >= 500 ? "Något gick fel hos oss" : "Begäran kunde inte utföras";
        };
        return "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"UTF-8\"/><title>eSP – " + heading
                + "</title><link rel=\"stylesheet\" href=\"/resources/css/console.css\"/></head>\n<body><main><h1>"
                + heading + "</h1><p>(" + status + ")</p><p><a href=\"/login.xhtml\">Till inloggningen</a></p>"
                + "</main></body></html>\n";
    }
}

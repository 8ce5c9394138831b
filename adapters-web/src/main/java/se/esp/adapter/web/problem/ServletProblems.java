package se.esp.adapter.web.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.esp.adapter.web.language.LanguageCookie;
import se.esp.adapter.web.language.Texts;
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
        write(request, response, path, status, detail, errors, null);
    }

    /** @param reference of a server failure in the log, shown to a person so they can quote it; or {@code null} */
    public static void write(HttpServletRequest request, HttpServletResponse response, String path, int status,
                             String detail, List<Violation> errors, String reference) throws IOException {
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
            body = html(status, reference, Locale.forLanguageTag(LanguageCookie.of(request)))
                    .getBytes(StandardCharsets.UTF_8);
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

    /**
     * In the console's language of the person (their language cookie; Swedish without one), with the reference of a
     * server failure and a way back to the sign-in page; nothing from the request, no status number or code.
     */
    static String html(int status, String reference, Locale locale) {
        String key = switch (status) {
            case 400, 401, 403, 404, 405, 414 -> "errorPage." + status;
            default -> status >= 500 ? "errorPage.500" : "errorPage.other";
        };
        String heading = escape(Texts.get(locale, key));
        String referenceLine = reference == null ? ""
                : "<p>" + escape(Texts.get(locale, "errorPage.reference", reference)) + "</p>";
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/><title>"
                + heading + " – eSP</title><link rel=\"stylesheet\" href=\"/resources/css/console.css\"/></head>\n"
                + "<body class=\"console\"><main class=\"console-main\"><h1>" + heading + "</h1>" + referenceLine
                + "<p><a href=\"/login.xhtml\">" + escape(Texts.get(locale, "errorPage.back")) + "</a></p>"
                + "</main></body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package se.esp.adapter.web.problem;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page of the whole application (bootstrap's {@code web.xml} names {@value #PATH} for every status and
 * exception): what the servlet container refuses or fails at before JAX-RS or Faces answer — an encoded slash,
 * backslash, dot or {@code #} in the path, an address JAX-RS cannot decode, a {@code Content-Type} or {@code Accept}
 * it cannot parse, a file that does not exist, a failure inside Faces. Written by {@link ServletProblems}: problem+json
 * under {@code /api/}, the console's HTML for a browser elsewhere. The container's own message is never passed on:
 * it echoes the request and names internal classes.
 *
 * <p>Asked for directly (no error being handled), it answers 404 like any other unknown path.</p>
 */
@WebServlet(name = "esp-error-page", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    public static final String PATH = "/esp-error";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    /** Every method, unknown ones too: an error dispatch keeps the method of the request that failed. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer status)) {
            ServletProblems.write(request, response, request.getRequestURI(), 404, detail(404, null), List.of());
            return;
        }
        int refused = status >= 400 ? status : 500;
        String reference = null;
        if (refused >= 500) {
            reference = UUID.randomUUID().toString();
            Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            LOG.log(Level.SEVERE, "unexpected failure, reference " + reference + " (shown to a person as "
                    + reference.substring(0, 8) + "), answered " + refused, failure);
        }
        ServletProblems.write(request, response, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                refused, detail(refused, reference), List.of(), reference == null ? null : reference.substring(0, 8));
    }

    static String detail(int status, String reference) {
        return switch (status) {
            case 400 -> "the request cannot be read: its address, a header or their encoding is malformed "
                    + "(encoded slashes, backslashes, dots and '#' are refused in paths)";
            case 401 -> "sign in: send a bearer token in the Authorization header";
            case 403 -> "the request is not allowed";
            case 404 -> "no such resource";
            case 405 -> "the resource does not support the method";
            case 406 -> "the resource cannot answer in a media type the Accept header allows";
            case 413 -> "the request body is too large";
            case 414 -> "the request's address is too long";
            case 415 -> "the request body's Content-Type is not supported";
            case 431 -> "the request's headers are too large";
            default -> status >= 500 ? "quote this reference when reporting the problem: " + reference
                    : "the request is refused";
        };
    }
}

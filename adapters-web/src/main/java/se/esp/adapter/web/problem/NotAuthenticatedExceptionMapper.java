package se.esp.adapter.web.problem;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.esp.adapter.web.security.NotAuthenticatedException;

/**
 * No usable identity: 401 with the bearer challenge of RFC 6750, so a client knows to send a token
 * ({@code Bearer realm="esp"}), and for a token that was refused also why
 * ({@code error="invalid_token", error_description="the bearer token expired at …"}).
 */
@Provider
public class NotAuthenticatedExceptionMapper implements ExceptionMapper<NotAuthenticatedException> {

    @Context
    private UriInfo request;

    @Override
    public Response toResponse(NotAuthenticatedException exception) {
        WebErrorCode code = WebErrorCode.NOT_AUTHENTICATED;
        return Problem.response(401, code.name(), code.title(), exception.getMessage(), request, List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge(exception))
                .build();
    }

    static String challenge(NotAuthenticatedException exception) {
        if (exception.bearerError() == null) {
            return "Bearer realm=\"esp\"";
        }
        return "Bearer realm=\"esp\", error=\"" + exception.bearerError() + "\", error_description=\""
                + description(exception.getMessage()) + "\"";
    }

    /** RFC 6750 §3: the description holds printable ASCII without {@code "} and {@code \}; anything else becomes ?. */
    static String description(String message) {
        String text = message == null ? "" : message;
        StringBuilder safe = new StringBuilder(Math.min(text.length(), 200));
        for (int i = 0; i < text.length() && safe.length() < 200; i++) {
            char c = text.charAt(i);
            safe.append(c >= 0x20 && c <= 0x7E && c != '"' && c != '\\' ? c : '?');
        }
        return safe.toString();
    }
}

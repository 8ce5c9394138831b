package se.esp.adapter.web.problem;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.esp.adapter.web.security.NotAuthenticatedException;

/** No usable identity: 401 with the bearer challenge of RFC 6750, so a client knows to send a token. */
@Provider
public class NotAuthenticatedExceptionMapper implements ExceptionMapper<NotAuthenticatedException> {

    @Context
    private UriInfo request;

    @Override
    public Response toResponse(NotAuthenticatedException exception) {
        WebErrorCode code = WebErrorCode.NOT_AUTHENTICATED;
        String challenge = exception.bearerError() == null ? "Bearer realm=\"esp\""
                : "Bearer realm=\"esp\", error=\"" + exception.bearerError() + "\"";
        return Problem.response(401, code.name(), code.title(), exception.getMessage(), request, List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }
}

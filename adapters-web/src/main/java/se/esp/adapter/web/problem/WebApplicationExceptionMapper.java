package se.esp.adapter.web.problem;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The server's own refusals (no such path, wrong method, wrong media type…), in the same problem format. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private UriInfo request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        WebErrorCode code = WebErrorCode.forStatus(status);
        String detail = status >= 500 ? null : exception.getMessage();
        Response.ResponseBuilder response = Problem.response(status, code.name(), code.title(), detail, request,
                List.of());
        Object allow = original.getHeaders().getFirst(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        Object authenticate = original.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE);
        if (authenticate != null) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, authenticate);
        }
        return response.build();
    }
}

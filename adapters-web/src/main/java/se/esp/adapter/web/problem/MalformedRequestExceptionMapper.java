package se.esp.adapter.web.problem;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.esp.domain.shared.Violation;
import se.esp.domain.shared.ViolationCode;

/** A body that is not JSON, or not a JSON object: 400, naming the body as the offending field. */
@Provider
public class MalformedRequestExceptionMapper implements ExceptionMapper<MalformedRequestException> {

    @Context
    private UriInfo request;

    @Override
    public Response toResponse(MalformedRequestException exception) {
        WebErrorCode code = WebErrorCode.MALFORMED_JSON;
        return Problem.response(400, code.name(), code.title(), exception.getMessage(), request,
                List.of(new Violation("body", ViolationCode.INVALID_FORMAT, exception.getMessage()))).build();
    }
}

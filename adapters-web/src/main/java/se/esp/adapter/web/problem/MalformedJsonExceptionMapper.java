package se.esp.adapter.web.problem;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.esp.adapter.common.json.MalformedJsonException;
import se.esp.domain.shared.Violation;
import se.esp.domain.shared.ViolationCode;

/**
 * A body that is not a JSON object within the platform's bounds (adapters-common {@code StrictJson}): 400, naming
 * the offending field (a duplicate key, a number too long) or else the body as a whole.
 */
@Provider
public class MalformedJsonExceptionMapper implements ExceptionMapper<MalformedJsonException> {

    @Context
    private UriInfo request;

    @Override
    public Response toResponse(MalformedJsonException exception) {
        WebErrorCode code = WebErrorCode.MALFORMED_JSON;
        String field = exception.field() == null ? "body" : exception.field();
        return Problem.response(400, code.name(), code.title(), exception.getMessage(), request,
                List.of(new Violation(field, ViolationCode.INVALID_FORMAT, exception.getMessage()))).build();
    }
}

package se.esp.adapter.web.problem;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;

/** Every expected failure of the domain and the use cases, by category of its code. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    private UriInfo request;

    @Override
    public Response toResponse(DomainException exception) {
        ErrorCode code = exception.code();
        List<Violation> errors = exception instanceof ValidationException validation
                ? validation.violations()
                : List.of();
        return Problem.response(status(code.category()), code.name(), code.title(), exception.getMessage(),
                request, errors).build();
    }

    static int status(ErrorCode.Category category) {
        return switch (category) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE -> 412;
            case PRECONDITION_REQUIRED -> 428;
        };
    }
}

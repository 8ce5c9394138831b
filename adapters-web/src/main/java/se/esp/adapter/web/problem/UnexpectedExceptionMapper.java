package se.esp.adapter.web.problem;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.esp.application.port.out.StorageUnavailableException;

/**
 * Anything unexpected: a 500 that reveals nothing internal but a reference, under which the full failure is
 * logged. A database that could not be reached, wrapped in some other failure on its way here, is no surprise:
 * it gets the same 503 as when it arrives unwrapped ({@link StorageUnavailableExceptionMapper}).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    private UriInfo request;

    @Override
    public Response toResponse(Throwable exception) {
        var unavailable = StorageUnavailableException.in(exception);
        if (unavailable.isPresent()) {
            return StorageUnavailableExceptionMapper.response(unavailable.get(), request);
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure, reference " + reference, exception);
        WebErrorCode code = WebErrorCode.INTERNAL_ERROR;
        return Problem.response(500, code.name(), code.title(),
                "quote this reference when reporting the problem: " + reference, request, List.of()).build();
    }
}

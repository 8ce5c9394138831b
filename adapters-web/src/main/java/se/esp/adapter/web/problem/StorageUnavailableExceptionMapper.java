package se.esp.adapter.web.problem;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.esp.application.port.out.StorageUnavailableException;

/**
 * The database cannot be reached: 503 {@code DATABASE_UNAVAILABLE} with {@code Retry-After}, for reads and writes
 * alike. Nothing was stored, so the client may send the same request again; a write with an
 * {@code Idempotency-Key} stays safe to repeat. Not a 500: the server works, a dependency is away for a while.
 */
@Provider
public class StorageUnavailableExceptionMapper implements ExceptionMapper<StorageUnavailableException> {

    /** How long a client should wait before trying again; about how long the database takes to restart. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(StorageUnavailableExceptionMapper.class.getName());

    @Context
    private UriInfo request;

    @Override
    public Response toResponse(StorageUnavailableException exception) {
        return response(exception, request);
    }

    static Response response(StorageUnavailableException exception, UriInfo request) {
        // one line per refused request: the readiness check and the pool already report the outage itself
        LOG.warning(() -> "answered 503: " + exception.getMessage());
        LOG.log(Level.FINE, "the database cannot be reached", exception);
        WebErrorCode code = WebErrorCode.DATABASE_UNAVAILABLE;
        return Problem.response(503, code.name(), code.title(),
                "the database cannot be reached; try again in " + RETRY_AFTER_SECONDS + " seconds (a write may have been "
                        + "stored if the connection broke while it was committed: read before writing again, or repeat "
                        + "it with the same Idempotency-Key)", request, List.of())
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .build();
    }
}

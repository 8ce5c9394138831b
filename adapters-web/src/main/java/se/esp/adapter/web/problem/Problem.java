package se.esp.adapter.web.problem;

import static se.esp.adapter.common.json.JsonProviders.JSON;

import java.util.List;
import java.util.Locale;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.esp.domain.shared.Violation;

/**
 * Builds a problem+json response. {@code type} is a URN made from the stable code, {@code code} repeats it for
 * clients that switch on it, {@code errors} lists refused fields.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** At most this many refused fields are listed: a hostile body with thousands of them gets a bounded answer. */
    public static final int MAX_ERRORS = 100;

    private Problem() {
    }

    public static Response.ResponseBuilder response(int status, String code, String title, String detail,
                                                    UriInfo request, List<Violation> errors) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(body(status, code, title, detail, instance(request), errors).toString());
    }

    /**
     * The body alone, for the refusals written outside JAX-RS ({@link ServletProblems}).
     *
     * @param instance the path the problem concerns, or {@code null}
     */
    public static JsonObject body(int status, String code, String title, String detail, String instance,
                                  List<Violation> errors) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "urn:esp:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'))
                .add("title", title)
                .add("status", status)
                .add("code", code);
        if (detail != null && !detail.isBlank()) {
            body.add("detail", detail);
        }
        if (instance != null) {
            body.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            errors.stream().limit(MAX_ERRORS).forEach(v -> array.add(JSON.createObjectBuilder()
                    .add("field", v.field())
                    .add("code", v.code().name())
                    .add("message", v.message())));
            body.add("errors", array);
        }
        return body.build();
    }

    /**
     * The request's path, or none when the request's address cannot even be read back as a URI (a malformed
     * query string): the refusal must still be written, not turn into a failure of its own.
     */
    private static String instance(UriInfo request) {
        if (request == null) {
            return null;
        }
        try {
            return request.getRequestUri().getPath();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}

package se.esp.adapter.web.json;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * The request headers every endpoint reads alike, checked before the resource runs:
 * <ul>
 * <li>a header the platform reads as one value ({@code If-Match}, {@code Idempotency-Key}) sent more than once is
 * refused (400 naming it): a resource's {@code @HeaderParam} would see only the first line, so {@code If-Match: "1"}
 * and {@code If-Match: "2"} would pass as version 1 although, per HTTP, the client sent the list
 * {@code "1", "2"} — which {@link Parameters#version} refuses when it arrives on one line;</li>
 * <li>a body declared in a charset other than UTF-8 is refused (415): every body is JSON, which is UTF-8, and the
 * runtime fails on a charset it does not know while reading the body.</li>
 * </ul>
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class HeaderRules implements ContainerRequestFilter {

    static final List<String> SINGLE = List.of(HttpHeaders.IF_MATCH, "Idempotency-Key");

    @Override
    public void filter(ContainerRequestContext request) {
        Violations violations = new Violations();
        for (String header : SINGLE) {
            List<String> values = request.getHeaders().get(header);
            if (values != null && values.size() > 1) {
                violations.add(header, ViolationCode.NOT_ALLOWED, "must be sent once, with one value");
            }
        }
        violations.throwIfAny();
        String charset = charset(request);
        if (charset != null && !charset.equalsIgnoreCase("UTF-8")) {
            throw new WebApplicationException("a JSON body is read as UTF-8: send charset=UTF-8 or none",
                    Response.Status.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    /** The declared charset, or {@code null}; a Content-Type the runtime cannot parse is its own to refuse. */
    private static String charset(ContainerRequestContext request) {
        try {
            MediaType type = request.getMediaType();
            return type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        } catch (RuntimeException unparseable) {
            return null;
        }
    }
}

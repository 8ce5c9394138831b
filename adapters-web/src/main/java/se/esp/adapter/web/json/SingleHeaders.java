package se.esp.adapter.web.json;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * Refuses a request that repeats a header the platform reads as one value ({@code If-Match}, {@code Idempotency-Key}):
 * a resource's {@code @HeaderParam} would see only the first line, so {@code If-Match: "1"} and
 * {@code If-Match: "2"} would pass as version 1 although, per HTTP, the client sent the list {@code "1", "2"} —
 * which {@link Parameters#version} refuses when it arrives on one line. 400 naming each repeated header.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class SingleHeaders implements ContainerRequestFilter {

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
    }
}

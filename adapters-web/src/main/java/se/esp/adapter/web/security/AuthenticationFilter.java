package se.esp.adapter.web.security;

import java.security.Principal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.jwt.JsonWebToken;

import se.esp.application.security.ActingUser;

/**
 * Every API request: who is calling. The server has verified the bearer token (MicroProfile JWT) and put it
 * in the security context; this turns it into the {@link ActingUser} the use cases receive. A request without
 * a verified token is refused with 401 unless the endpoint is a {@link PublicEndpoint}. Authorisation itself
 * is not decided here but in the application layer.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        RequestIdentity.set(null);
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        if (principal instanceof JsonWebToken token) {
            ActingUser user = TokenIdentities.actingUser(token);
            RequestIdentity.set(user);
            return;
        }
        if (!isPublic()) {
            throw new NotAuthenticatedException("sign in: send a bearer token in the Authorization header", null);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        RequestIdentity.set(null);
    }

    private boolean isPublic() {
        if (resource == null || resource.getResourceMethod() == null) {
            return false;
        }
        return resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
                || resource.getResourceClass().isAnnotationPresent(PublicEndpoint.class);
    }
}

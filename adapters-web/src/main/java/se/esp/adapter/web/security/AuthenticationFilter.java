package se.esp.adapter.web.security;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import se.esp.adapter.common.identity.BearerIdentities;
import se.esp.adapter.common.identity.InvalidTokenException;
import se.esp.application.security.ActingUser;

/**
 * Every API request: who is calling. Reads the {@code Authorization} header and identifies the caller through
 * adapters-common's {@link BearerIdentities} — the same verification and claim mapping as the inbound queue — into
 * the {@link ActingUser} the use cases receive. A refused bearer token is 401 with {@code error="invalid_token"} on
 * every endpoint (a caller who sends a token wants it used); no token at all, or credentials of another scheme, is
 * 401 with a bare bearer challenge unless the endpoint is a {@link PublicEndpoint}. Authorisation itself is decided
 * in the application layer.
 *
 * <p>A CDI bean (application-scoped, as Liberty documents for providers with {@code @Context} fields) so the server
 * injects the {@link BearerIdentities} bootstrap produces; the Jersey tests construct it with theirs.</p>
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String SIGN_IN = "sign in: send a bearer token in the Authorization header";

    @Context
    private ResourceInfo resource;

    private BearerIdentities identities;

    /**
     * For the container only: RESTEasy looks a provider's public constructor up before asking CDI for the bean, and
     * CDI's proxy needs one without arguments. The bean itself is built with the {@code @Inject} constructor.
     */
    public AuthenticationFilter() {
    }

    @Inject
    public AuthenticationFilter(BearerIdentities identities) {
        this.identities = identities;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        RequestIdentity.set(null);
        Optional<ActingUser> user = Optional.empty();
        String anonymousBecause = SIGN_IN;
        try {
            user = identities.fromAuthorizationHeader(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        } catch (InvalidTokenException e) {
            if (e.kind() == InvalidTokenException.Kind.INVALID_TOKEN) {
                throw new NotAuthenticatedException(e.getMessage(), NotAuthenticatedException.INVALID_TOKEN);
            }
            anonymousBecause = e.getMessage(); // credentials of another scheme: no bearer token, as RFC 6750 says
        }
        if (user.isPresent()) {
            RequestIdentity.set(user.get());
        } else if (!isPublic()) {
            throw new NotAuthenticatedException(anonymousBecause, null);
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

package se.esp.adapter.web.console;

import java.util.Optional;

import com.nimbusds.jwt.JWTClaimsSet;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The claims of the ID token with which the server's OpenID Connect client signed the request's user in at the
 * owner's identity provider — already verified by the server (signature with the provider's keys, issuer, audience,
 * expiry, nonce) before any console code runs. Implemented by bootstrap for the server it runs on (Liberty's
 * {@code openidConnectClient}); see {@link ProviderSignIn} for how the claims become the console's user.
 */
public interface ProviderClaims {

    /** Whether the console signs in through the owner's identity provider rather than with the form. */
    boolean enabled();

    /**
     * @return the verified claims of the user the server authenticated for this request; empty when the request is
     *         not authenticated by the identity provider, or the server holds no ID token for it
     */
    Optional<JWTClaimsSet> of(HttpServletRequest request);
}

package se.esp.adapter.messaging.inbound;

import se.esp.application.security.ActingUser;

/**
 * Who sent a message: turns the bearer token a message carries (property {@value InboundApplicationHandler#AUTHORIZATION})
 * into the acting user, as the REST API does with its {@code Authorization} header. The server's implementation is
 * {@link Rs256TokenVerifier} on the same key, issuer and audiences as its MicroProfile JWT configuration; tests may
 * use their own key.
 */
@FunctionalInterface
public interface SenderVerifier {

    /**
     * @param token the token without a {@code Bearer } prefix; {@code null} when the message carries none
     * @throws UnauthenticatedException if there is no token or it is forged, expired, for another issuer or
     *                                  audience, or names no user
     */
    ActingUser verify(String token);

    /** The token was missing or not acceptable; the message is dead-lettered as {@code UNAUTHENTICATED}. */
    final class UnauthenticatedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public UnauthenticatedException(String message) {
            super(message);
        }
    }
}

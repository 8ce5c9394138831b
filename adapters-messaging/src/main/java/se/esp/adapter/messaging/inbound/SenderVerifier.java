package se.esp.adapter.messaging.inbound;

import java.util.Objects;

import se.esp.adapter.common.identity.BearerIdentities;
import se.esp.adapter.common.identity.InvalidTokenException;
import se.esp.application.security.ActingUser;

/**
 * Who sent a message: the bearer token a message carries (property {@value InboundApplicationHandler#AUTHORIZATION})
 * as the acting user. The server's is {@link #of(BearerIdentities)}: adapters-common's identification, the very one
 * the REST API reads its {@code Authorization} header with, so a token one channel accepts the other accepts.
 */
@FunctionalInterface
public interface SenderVerifier {

    /**
     * @param authorization the property: {@code Bearer <token>} (the scheme in any case) or the bare token;
     *                      {@code null} when the message carries none
     * @throws InvalidTokenException if there is no token, or it is refused (forged, expired, of another issuer or
     *                               audience, naming no user…); the message is dead-lettered as
     *                               {@code UNAUTHENTICATED} with its words
     */
    ActingUser verify(String authorization);

    /** The senders identified as the REST API identifies its callers. */
    static SenderVerifier of(BearerIdentities identities) {
        Objects.requireNonNull(identities, "identities");
        return authorization -> identities.fromMessageProperty(authorization).orElseThrow(() ->
                InvalidTokenException.noBearerToken("the message carries no bearer token (property "
                        + InboundApplicationHandler.AUTHORIZATION + ")"));
    }
}

package se.esp.adapter.common.identity;

import java.util.Objects;
import java.util.Optional;

import se.esp.application.security.ActingUser;

/**
 * Who is calling, the same on every channel: the credentials read by {@link BearerCredentials}, the token verified
 * by the {@link TokenVerifier}, its claims read by {@link CallerClaims}. The REST API gives it the
 * {@code Authorization} header, the queue a message's {@code authorization} property; a token one accepts the other
 * accepts, and a refusal is the same {@link InvalidTokenException} with the same words.
 */
public final class BearerIdentities {

    private final TokenVerifier verifier;

    public BearerIdentities(TokenVerifier verifier) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /**
     * @param header the {@code Authorization} header, or {@code null}
     * @return empty when the request carries no credentials (anonymous)
     * @throws InvalidTokenException for other credentials than a bearer token, or a token refused
     */
    public Optional<ActingUser> fromAuthorizationHeader(String header) {
        return BearerCredentials.fromAuthorizationHeader(header).map(this::fromToken);
    }

    /**
     * @param property a message's {@code authorization} property ({@code Bearer <token>} or the bare token), or
     *                 {@code null}
     * @return empty when the message carries no credentials
     * @throws InvalidTokenException for other credentials than a bearer token, or a token refused
     */
    public Optional<ActingUser> fromMessageProperty(String property) {
        return BearerCredentials.fromMessageProperty(property).map(this::fromToken);
    }

    /** @throws InvalidTokenException if the token is refused or its claims name no usable user */
    public ActingUser fromToken(String token) {
        return CallerClaims.actingUser(verifier.verify(token));
    }
}

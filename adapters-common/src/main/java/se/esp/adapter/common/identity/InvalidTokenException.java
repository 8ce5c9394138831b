package se.esp.adapter.common.identity;

/**
 * Why a caller could not be identified, in words a person can act on ("the bearer token expired at …"). The one
 * failure of identification on every channel: the REST API answers it with 401, the queue dead-letters the message
 * as {@code UNAUTHENTICATED}. The message never carries a stack trace, a key or the token itself.
 */
public final class InvalidTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whether the caller sent bearer credentials at all; RFC 6750 answers the two differently. */
    public enum Kind {
        /** No bearer token: the credentials are absent or of another scheme ({@code Basic …}). */
        NO_BEARER_TOKEN,
        /** A bearer token was sent and is refused: malformed, forged, expired, of another issuer or audience. */
        INVALID_TOKEN
    }

    private final Kind kind;

    private InvalidTokenException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public static InvalidTokenException noBearerToken(String message) {
        return new InvalidTokenException(Kind.NO_BEARER_TOKEN, message, null);
    }

    public static InvalidTokenException invalid(String message) {
        return new InvalidTokenException(Kind.INVALID_TOKEN, message, null);
    }

    /** @param cause kept for the server's log only; callers are given {@link #getMessage()} */
    public static InvalidTokenException invalid(String message, Throwable cause) {
        return new InvalidTokenException(Kind.INVALID_TOKEN, message, cause);
    }

    public Kind kind() {
        return kind;
    }
}

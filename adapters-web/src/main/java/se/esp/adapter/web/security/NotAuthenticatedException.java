package se.esp.adapter.web.security;

/** The request carries no (usable) identity but the endpoint needs one: answered with 401. */
public class NotAuthenticatedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** RFC 6750's error code for a bearer token that was sent and refused. */
    public static final String INVALID_TOKEN = "invalid_token";

    /** The RFC 6750 error code for {@code WWW-Authenticate}, or {@code null} when no token was sent at all. */
    private final String bearerError;

    public NotAuthenticatedException(String message, String bearerError) {
        super(message);
        this.bearerError = bearerError;
    }

    public String bearerError() {
        return bearerError;
    }
}

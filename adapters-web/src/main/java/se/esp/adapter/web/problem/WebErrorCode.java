package se.esp.adapter.web.problem;

/** Codes for failures that only exist at the HTTP edge; domain failures use the domain's ErrorCode. */
public enum WebErrorCode {
    MALFORMED_JSON("The request body is not valid JSON of the expected shape"),
    NOT_AUTHENTICATED("You need to sign in"),
    ACCESS_DENIED("You are not allowed to do this"),
    NOT_FOUND("No such resource"),
    METHOD_NOT_ALLOWED("This resource does not support the method"),
    NOT_ACCEPTABLE("The requested media type cannot be produced"),
    PAYLOAD_TOO_LARGE("The request body is too large"),
    URI_TOO_LONG("The request's address is too long"),
    HEADERS_TOO_LARGE("The request's headers are too large"),
    UNSUPPORTED_MEDIA_TYPE("The request body must be application/json"),
    BAD_REQUEST("The request is not valid"),
    DATABASE_UNAVAILABLE("The database cannot be reached; try again shortly"),
    INTERNAL_ERROR("Something went wrong on our side");

    private final String title;

    WebErrorCode(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The code for an HTTP status the server produced itself (no route, wrong method…). */
    public static WebErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> NOT_AUTHENTICATED;
            case 403 -> ACCESS_DENIED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 431 -> HEADERS_TOO_LARGE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}

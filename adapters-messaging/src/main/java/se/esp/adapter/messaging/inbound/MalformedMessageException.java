package se.esp.adapter.messaging.inbound;

/** The message body is not one JSON object (dead-lettered as {@code MALFORMED_JSON}). */
public final class MalformedMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedMessageException(String message) {
        super(message);
    }
}

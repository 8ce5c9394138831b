package se.esp.adapter.common.json;

/**
 * A body that is not a JSON document within the platform's bounds: not JSON, not an object, nested too deep, a
 * number too long, a duplicate key, trailing data. Each channel answers it its own way (400 problem+json on the
 * API, a dead letter on the broker); {@link #field()} names the offending field when there is one.
 */
public class MalformedJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public MalformedJsonException(String message) {
        this(message, null);
    }

    public MalformedJsonException(String message, String field) {
        super(message);
        this.field = field;
    }

    /** The path of the offending field ({@code components[2].price}), or {@code null} for the body as a whole. */
    public String field() {
        return field;
    }
}

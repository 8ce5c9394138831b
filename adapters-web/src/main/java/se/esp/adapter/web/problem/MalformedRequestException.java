package se.esp.adapter.web.problem;

/** The body could not be read as the JSON object the endpoint expects. */
public class MalformedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedRequestException(String message) {
        super(message);
    }
}

package se.esp.domain.shared;

import java.util.Objects;

/** A failure the domain or the use cases expect and can explain; always carries a stable {@link ErrorCode}. */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public DomainException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}

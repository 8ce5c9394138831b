package se.esp.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input was refused; names every offending field at once so a user can fix them in one go. */
public class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        this(ErrorCode.VALIDATION_FAILED, violations);
    }

    /** For refusals that name fields but have a more specific code, e.g. an incomplete packaging. */
    protected ValidationException(ErrorCode code, List<Violation> violations) {
        super(code, describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, ViolationCode code, String message) {
        return new ValidationException(List.of(new Violation(field, code, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
    }
}

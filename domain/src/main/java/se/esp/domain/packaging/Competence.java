package se.esp.domain.packaging;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * A competence a resource must have, by code ({@code study-guide}, {@code nurse}, {@code civic-communicator});
 * coordinators verify resources' competences under the same codes.
 */
public record Competence(String code) {

    public Competence {
        if (code == null || code.isBlank()) {
            throw ValidationException.of("competence", ViolationCode.REQUIRED, "must be given");
        }
        if (!code.matches("[a-z0-9][a-z0-9-]{1,59}")) {
            throw ValidationException.of("competence", ViolationCode.INVALID_FORMAT,
                    "must be a code of 2-60 lower-case letters, digits and hyphens, e.g. study-guide");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}

package se.esp.domain.resource;

import java.time.LocalDate;
import java.util.Objects;

import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.Text;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * What a resource person states about one competence: which, the evidence a coordinator can check (a diploma, a
 * licence number, an employer's statement) and the date it expires.
 */
public record CompetenceDeclaration(CompetenceCode code, String evidence, LocalDate expiresOn) {

    public static final int MAX_EVIDENCE_LENGTH = 2000;

    public CompetenceDeclaration {
        Objects.requireNonNull(code, "code");
        evidence = Text.requireText("evidence", evidence, MAX_EVIDENCE_LENGTH);
        if (expiresOn == null) {
            throw ValidationException.of("expiresOn", ViolationCode.REQUIRED, "must be given (the date the evidence expires)");
        }
    }

    /** Refuses a declaration that would never count: its expiry date is today or earlier. */
    public void requireUnexpiredOn(LocalDate today) {
        if (!today.isBefore(expiresOn)) {
            throw ValidationException.of("expiresOn", ViolationCode.OUT_OF_RANGE,
                    "must be after today (" + today + "); a competence stops counting on its expiry date");
        }
    }
}

package se.esp.adapter.web.console.resource;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violations;

/**
 * A competence declared in the console: its code, the evidence a coordinator checks and the date it expires. The
 * refusals are named like the inputs ({@code code}, {@code evidence}, {@code expiresOn}), which is also how the use
 * case names an expiry date already passed.
 */
public final class CompetenceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String evidence;
    private LocalDate expiresOn;

    /** Nothing typed: registering without a competence is allowed (one is declared later). */
    public boolean isEmpty() {
        return (code == null || code.isBlank()) && (evidence == null || evidence.isBlank()) && expiresOn == null;
    }

    /** Empty when nothing was typed, otherwise the declaration. */
    public Optional<CompetenceDeclaration> toDeclarationIfAny() {
        return isEmpty() ? Optional.empty() : Optional.of(toDeclaration());
    }

    /**
     * @throws ValidationException every refused field at once
     */
    public CompetenceDeclaration toDeclaration() {
        Violations violations = new Violations();
        CompetenceCode checkedCode = violations.check("code", () -> CompetenceCode.of(code));
        CompetenceDeclaration declaration = null;
        try {
            declaration = new CompetenceDeclaration(checkedCode != null ? checkedCode : new CompetenceCode("x"),
                    evidence, expiresOn);
        } catch (ValidationException e) {
            violations.addAll(e);
        }
        violations.throwIfAny();
        return declaration;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}

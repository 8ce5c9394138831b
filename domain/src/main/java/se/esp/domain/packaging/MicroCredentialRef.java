package se.esp.domain.packaging;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** A micro-credential a service can lead to, by its code (the credential area will own the register). */
public record MicroCredentialRef(String code) {

    public MicroCredentialRef {
        if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9._-]{1,59}")) {
            throw ValidationException.of("code", ViolationCode.INVALID_FORMAT,
                    "must be 2-60 letters, digits, '.', '-' or '_'");
        }
    }
}

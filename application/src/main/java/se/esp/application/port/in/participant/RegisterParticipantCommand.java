package se.esp.application.port.in.participant;

import java.util.Objects;

import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.PersonalIdentityNumber;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * Register a participant for the acting user's organisation. The identity number is kept only where the
 * offering's application form requires it: required then, refused otherwise (storing the minimum).
 *
 * @param formRequiresIdentityNumber set from the offering's application form (applications decide this)
 */
public record RegisterParticipantCommand(ParticipantDetails details, boolean formRequiresIdentityNumber) {

    public RegisterParticipantCommand {
        Objects.requireNonNull(details, "details");
        if (formRequiresIdentityNumber && details.identityNumber() == null) {
            throw ValidationException.of(PersonalIdentityNumber.FIELD, ViolationCode.REQUIRED,
                    "the application form asks for the personal identity number");
        }
        if (!formRequiresIdentityNumber && details.identityNumber() != null) {
            throw ValidationException.of(PersonalIdentityNumber.FIELD, ViolationCode.NOT_ALLOWED,
                    "the application form does not ask for it, so it is not stored");
        }
    }
}

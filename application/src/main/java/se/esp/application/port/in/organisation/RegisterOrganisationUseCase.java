package se.esp.application.port.in.organisation;

import se.esp.application.security.ActingUser;
import se.esp.domain.organisation.Organisation;

public interface RegisterOrganisationUseCase {

    /**
     * Registers an organisation; only a platform administrator may. Refuses a second organisation with the same
     * number and a second owner.
     *
     * @return the stored organisation, at version 1
     */
    Organisation register(ActingUser actor, RegisterOrganisationCommand command);
}

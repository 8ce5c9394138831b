package se.esp.application.port.in.organisation;

import se.esp.application.security.ActingUser;
import se.esp.domain.organisation.Organisation;

public interface UpdateOrganisationUseCase {

    /**
     * Changes name, kind, population or participation level; only a platform administrator may. A change
     * that changes nothing stores nothing and emits no event.
     */
    Organisation update(ActingUser actor, UpdateOrganisationCommand command);
}

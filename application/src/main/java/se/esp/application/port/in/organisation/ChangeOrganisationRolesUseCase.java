package se.esp.application.port.in.organisation;

import se.esp.application.security.ActingUser;
import se.esp.domain.organisation.Organisation;

public interface ChangeOrganisationRolesUseCase {

    /** Sets supplier, consumer and partner roles; only a platform administrator may. */
    Organisation changeRoles(ActingUser actor, ChangeOrganisationRolesCommand command);
}

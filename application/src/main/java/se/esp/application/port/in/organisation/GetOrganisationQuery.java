package se.esp.application.port.in.organisation;

import se.esp.application.security.ActingUser;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;

public interface GetOrganisationQuery {

    /** Organisations are public directory information: any signed-in user may read one. */
    Organisation get(ActingUser actor, OrganisationId id);
}

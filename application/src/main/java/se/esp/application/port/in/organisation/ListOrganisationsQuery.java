package se.esp.application.port.in.organisation;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.security.ActingUser;
import se.esp.domain.organisation.Organisation;

public interface ListOrganisationsQuery {

    /** Any signed-in user may list organisations, sorted by name. */
    Page<Organisation> list(ActingUser actor, OrganisationFilter filter, PageRequest page);
}

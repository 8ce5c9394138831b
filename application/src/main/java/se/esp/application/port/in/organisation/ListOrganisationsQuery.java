package se.esp.application.port.in.organisation;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.security.ActingUser;
import se.esp.domain.organisation.Organisation;

public interface ListOrganisationsQuery {

    /** Any signed-in user may list organisations, in the given order. */
    Page<Organisation> list(ActingUser actor, OrganisationFilter filter, OrganisationSort sort, PageRequest page);

    /** Sorted by name. */
    default Page<Organisation> list(ActingUser actor, OrganisationFilter filter, PageRequest page) {
        return list(actor, filter, OrganisationSort.byName(), page);
    }
}

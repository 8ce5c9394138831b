package se.esp.application.port.in.resource;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.security.ActingUser;
import se.esp.domain.resource.Resource;

public interface ListResourcesQuery {

    /** Coordinators and platform administrators list the pool, sorted by name. */
    Page<Resource> list(ActingUser actor, ResourceFilter filter, PageRequest page);
}

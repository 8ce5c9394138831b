package se.esp.application.port.in.resource;

import se.esp.application.security.ActingUser;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;

public interface GetResourceQuery {

    /**
     * Coordinators and administrators read any resource; a resource person only their own; staff of the employer
     * organisation their colleagues. Anybody else gets {@code RESOURCE_NOT_FOUND}, so ids reveal nothing.
     */
    Resource get(ActingUser actor, ResourceId id);
}

package se.esp.application.port.in.resource;

import se.esp.application.security.ActingUser;
import se.esp.domain.resource.Resource;

public interface SuspendResourceUseCase {

    /** A coordinator (not of the resource's employer) or a platform administrator takes a resource out of matching. */
    Resource suspend(ActingUser actor, ChangeResourceStatusCommand command);

    /** Ends a suspension; the same people may. */
    Resource reinstate(ActingUser actor, ChangeResourceStatusCommand command);
}

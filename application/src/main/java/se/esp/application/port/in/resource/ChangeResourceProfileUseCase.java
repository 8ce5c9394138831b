package se.esp.application.port.in.resource;

import se.esp.application.security.ActingUser;
import se.esp.domain.resource.Resource;

public interface ChangeResourceProfileUseCase {

    /** The resource person themself or a platform administrator; a change that changes nothing stores nothing. */
    Resource changeProfile(ActingUser actor, ChangeResourceProfileCommand command);
}

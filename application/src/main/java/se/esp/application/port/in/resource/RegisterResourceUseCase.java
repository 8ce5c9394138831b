package se.esp.application.port.in.resource;

import se.esp.application.security.ActingUser;
import se.esp.domain.resource.Resource;

public interface RegisterResourceUseCase {

    /**
     * A resource person registers themselves, or a platform administrator registers somebody; one resource per
     * person ({@code RESOURCE_ALREADY_REGISTERED}). Competences start pending.
     *
     * @return the stored resource, at version 1
     */
    Resource register(ActingUser actor, RegisterResourceCommand command);
}

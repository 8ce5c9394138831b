package se.esp.application.port.in.resource;

import se.esp.application.security.ActingUser;
import se.esp.domain.resource.Resource;

public interface DeclareCompetenceUseCase {

    /** The resource person themself or a platform administrator; the competence waits for a coordinator. */
    Resource declareCompetence(ActingUser actor, DeclareCompetenceCommand command);
}

package se.esp.application.port.in.resource;

import se.esp.application.security.ActingUser;
import se.esp.domain.resource.Resource;

public interface VerifyCompetenceUseCase {

    /**
     * A coordinator verifies a pending competence; never for a resource employed by the coordinator's own
     * organisation ({@code REVIEW_OF_OWN_ORGANISATION}) nor their own.
     */
    Resource verifyCompetence(ActingUser actor, DecideCompetenceCommand command);
}

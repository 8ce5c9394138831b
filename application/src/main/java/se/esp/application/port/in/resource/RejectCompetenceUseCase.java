package se.esp.application.port.in.resource;

import se.esp.application.security.ActingUser;
import se.esp.domain.resource.Resource;

public interface RejectCompetenceUseCase {

    /** A coordinator rejects a pending competence with a remark; the same organisation rule as verifying. */
    Resource rejectCompetence(ActingUser actor, DecideCompetenceCommand command);
}

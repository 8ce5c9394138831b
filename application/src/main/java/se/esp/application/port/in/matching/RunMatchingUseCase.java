package se.esp.application.port.in.matching;

import se.esp.application.security.ActingUser;
import se.esp.domain.matching.MatchingResult;

public interface RunMatchingUseCase {

    /**
     * Matches every waiting application against today's supply and open deliveries now, stores the decisions
     * (deliveries opened, applications matched or waitlisted with their explanations) and returns them. Platform
     * administrators and coordinators may run it (and the platform itself, as {@link ActingUser#system}); it runs
     * automatically on every change of demand and supply anyway (see {@code MatchingService}).
     */
    MatchingResult run(ActingUser actor);
}

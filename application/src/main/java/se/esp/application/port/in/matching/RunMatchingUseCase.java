package se.esp.application.port.in.matching;

import se.esp.application.security.ActingUser;
import se.esp.domain.matching.MatchingResult;

public interface RunMatchingUseCase {

    /**
     * Matches every waiting application against today's supply and open deliveries and returns the decisions with
     * their explanations. Platform administrators and coordinators may run it (and the platform itself, as
     * {@link ActingUser#system}). It stores nothing yet: see {@code MatchingService}.
     */
    MatchingResult run(ActingUser actor);
}

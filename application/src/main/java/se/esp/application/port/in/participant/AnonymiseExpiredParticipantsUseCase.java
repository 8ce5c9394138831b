package se.esp.application.port.in.participant;

import se.esp.application.security.ActingUser;

public interface AnonymiseExpiredParticipantsUseCase {

    /**
     * Anonymises every participant whose retention period after completion has run out. Run by the scheduled
     * retention job as the platform ({@link ActingUser#system}); only platform administrators may.
     *
     * @return how many participants were anonymised now
     */
    int anonymiseExpired(ActingUser actor);
}

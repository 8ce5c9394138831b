package se.esp.application.application;

import java.util.Objects;

import se.esp.application.port.out.Applications;
import se.esp.application.port.out.ParticipantReferences;
import se.esp.domain.application.Application;
import se.esp.domain.participant.ParticipantId;

/**
 * Erases what applications say about a participant (answers, stated target groups) when the participant's personal
 * data is anonymised. No event: the application's state does not change, and events never carried the answers.
 */
public final class ApplicationParticipantReferences implements ParticipantReferences {

    private final Applications applications;

    public ApplicationParticipantReferences(Applications applications) {
        this.applications = Objects.requireNonNull(applications, "applications");
    }

    @Override
    public void erase(ParticipantId participant) {
        for (Application application : applications.withParticipant(participant)) {
            if (application.eraseAbout(participant)) {
                applications.save(application);
            }
        }
    }
}

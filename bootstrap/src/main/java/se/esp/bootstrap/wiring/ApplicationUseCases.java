package se.esp.bootstrap.wiring;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.application.application.ApplicationService;
import se.esp.application.matching.MatchingTrigger;
import se.esp.application.port.in.application.ChangeApplicationUseCase;
import se.esp.application.port.in.application.GetApplicationQuery;
import se.esp.application.port.in.application.ListApplicationsQuery;
import se.esp.application.port.in.application.SubmitApplicationUseCase;
import se.esp.application.port.in.participant.RegisterParticipantUseCase;

/**
 * The application service: participants are registered through the participant area's use case, matching runs
 * after every submission, cancellation and rejection, and every return of participants' answers goes to the
 * personal-data audit log the participant use cases write. {@link SubmitApplicationUseCase} is the one entry point for
 * applications from every channel (REST today, the inbound queue next).
 */
@ApplicationScoped
public class ApplicationUseCases {

    @Inject
    PersistenceAdapters persistence;

    @Inject
    Clock clock;

    @Inject
    RegisterParticipantUseCase participants;

    @Inject
    MatchingTrigger matching;

    private ApplicationService applications;

    @PostConstruct
    void build() {
        applications = new ApplicationService(persistence.applications(), persistence.offerings(),
                persistence.deliveries(), participants, matching, persistence.outbox(),
                persistence.personalDataAuditLog(), persistence.transactions(), clock);
    }

    @Produces
    @ApplicationScoped
    SubmitApplicationUseCase submitApplication() {
        return applications;
    }

    @Produces
    @ApplicationScoped
    GetApplicationQuery getApplication() {
        return applications;
    }

    @Produces
    @ApplicationScoped
    ListApplicationsQuery listApplications() {
        return applications;
    }

    @Produces
    @ApplicationScoped
    ChangeApplicationUseCase changeApplication() {
        return applications;
    }
}

package se.esp.bootstrap.wiring;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.application.port.in.schedule.ClaimScheduledRunUseCase;
import se.esp.application.schedule.ScheduledRunClaims;

/**
 * The claims of the scheduled jobs' periods over the stored {@code scheduled_job_run} table, so that of every server
 * on the database one runs {@code relay/OutboxPurgeJob} and one runs {@code retention/RetentionJob} per interval.
 */
@ApplicationScoped
public class ScheduledJobUseCases {

    @Inject
    PersistenceAdapters persistence;

    @Inject
    Clock clock;

    private ScheduledRunClaims claims;

    @PostConstruct
    void build() {
        claims = new ScheduledRunClaims(persistence.scheduledJobRuns(), persistence.transactions(), clock);
    }

    @Produces
    @ApplicationScoped
    ClaimScheduledRunUseCase claimScheduledRun() {
        return claims;
    }
}

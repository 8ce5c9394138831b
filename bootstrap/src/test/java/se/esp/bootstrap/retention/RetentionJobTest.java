package se.esp.bootstrap.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.memory.InMemoryPersistence;
import se.esp.application.port.in.participant.AnonymiseExpiredParticipantsUseCase;
import se.esp.application.schedule.ScheduledRunClaims;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.bootstrap.testing.SettableClock;

/** The retention job's logic, run directly: as whom it anonymises, and that of several servers one runs a period. */
class RetentionJobTest {

    private final InMemoryPersistence database = new InMemoryPersistence();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T06:01:00Z"));
    private final List<ActingUser> runs = new ArrayList<>();
    private RuntimeException failNext;

    private final AnonymiseExpiredParticipantsUseCase anonymise = actor -> {
        if (failNext != null) {
            RuntimeException failure = failNext;
            failNext = null;
            throw failure;
        }
        runs.add(actor);
        return 2;
    };

    /** The job as a server on the shared database and clock runs it. */
    private RetentionJob server(String interval) {
        RetentionJob job = new RetentionJob();
        job.anonymise = anonymise;
        job.claims = new ScheduledRunClaims(database.scheduledJobRuns(), database.transactions(), clock);
        job.interval = interval;
        return job;
    }

    @Test
    void anonymisesAsThePlatform() {
        assertThat(server("PT6H").runOnce()).isEqualTo(2);

        assertThat(runs).singleElement().satisfies(actor -> {
            assertThat(actor.userId()).isEqualTo("system:personal-data-retention");
            assertThat(actor.has(UserRole.PLATFORM_ADMINISTRATOR)).isTrue();
        });
    }

    @Test
    void ofThreeServersOnOneDatabaseOnlyOneAnonymisesInEachSixHours() {
        List<RetentionJob> servers = List.of(server("PT6H"), server("PT6H"), server("PT6H"));

        for (int run = 0; run < 8; run++) {
            // each server runs every 84 minutes; together 06:01 to 16:45, the periods 06:00–12:00 and 12:00–18:00
            for (RetentionJob server : servers) {
                server.runOnce();
                clock.advance(Duration.ofMinutes(28));
            }
        }

        assertThat(runs).as("one run per six hours").hasSize(2);
    }

    @Test
    void aFailedRunIsLoggedAndTheNextPeriodsRunAnonymises() {
        RetentionJob job = server("PT6H");
        failNext = new IllegalStateException("the database went away");

        assertThat(job.runOnce()).isZero();
        assertThat(job.runOnce()).as("the same period, claimed by the failed run").isZero();
        clock.advance(Duration.ofHours(6));
        assertThat(job.runOnce()).isEqualTo(2);
    }

    @Test
    void claimsPeriodsOfTheIntervalAndOfAMinuteAtLeast() {
        assertThat(server("PT6H").every()).isEqualTo(Duration.ofHours(6));
        assertThat(server(" PT10S ").every()).isEqualTo(Duration.ofMinutes(1));

        RetentionJob everyMinute = server("PT10S");
        assertThat(everyMinute.runOnce()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(30));
        assertThat(everyMinute.runOnce()).as("06:01:30, the same minute").isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(everyMinute.runOnce()).as("06:02:00").isEqualTo(2);
    }
}

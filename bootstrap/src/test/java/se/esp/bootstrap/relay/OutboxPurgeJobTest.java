package se.esp.bootstrap.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.memory.InMemoryPersistence;
import se.esp.application.port.in.outbox.PurgePublishedEventsUseCase;
import se.esp.application.schedule.ScheduledRunClaims;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.bootstrap.metrics.UnexportedMeters.InMemoryCount;
import se.esp.bootstrap.testing.SettableClock;

/**
 * The purge job's logic, run directly: what it purges with, what it counts, how it reads its settings, and that of
 * several servers on one database one purges per interval.
 */
class OutboxPurgeJobTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private final InMemoryPersistence database = new InMemoryPersistence();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T10:00:30Z"));
    private final RecordingPurge purge = new RecordingPurge();
    private final InMemoryCount purgedCounter = new InMemoryCount();
    private final OutboxPurgeJob job = new OutboxPurgeJob();

    @BeforeEach
    void wire() {
        onServerOfTheDatabase(job);
        job.metrics.purged = purgedCounter;
    }

    /** The job as another server on the same database and clock would run it, counting on metrics of its own. */
    private OutboxPurgeJob onServerOfTheDatabase(OutboxPurgeJob server) {
        RelayMetrics metrics = new RelayMetrics();
        metrics.purged = new InMemoryCount();
        metrics.purgeSkipped = new InMemoryCount();
        metrics.purgeRuns = new InMemoryCount();
        server.metrics = metrics;
        server.claims = new ScheduledRunClaims(database.scheduledJobRuns(), database.transactions(), clock);
        server.purge = purge;
        server.retention = "P30D";
        server.interval = "PT1H";
        return server;
    }

    @Test
    void purgesAsThePlatformWithTheRetentionAndCountsWhatWasDeleted() {
        purge.answers(1_234, 0);

        assertThat(job.runOnce()).isEqualTo(1_234);
        clock.advance(HOUR);
        assertThat(job.runOnce()).isZero();

        assertThat(purge.retentions).containsExactly(Period.ofDays(30), Period.ofDays(30));
        assertThat(purge.actors).allSatisfy(actor -> {
            assertThat(actor.userId()).isEqualTo("system:outbox-retention");
            assertThat(actor.has(UserRole.PLATFORM_ADMINISTRATOR)).isTrue();
        });
        assertThat(purgedCounter.count()).isEqualTo(1_234);
    }

    @Test
    void aFailedRunCountsNothingAndTheNextRunPurgesAgain() {
        purge.failNext();
        purge.answers(5);

        assertThat(job.runOnce()).isZero();
        assertThat(purgedCounter.count()).isZero();

        clock.advance(HOUR);
        assertThat(job.runOnce()).as("the next period's run").isEqualTo(5);
        assertThat(purgedCounter.count()).isEqualTo(5);
    }

    @Test
    void ofTwoServersOnOneDatabaseOnlyOnePurgesInAnHourAndTheOtherCountsItsSkip() {
        OutboxPurgeJob other = onServerOfTheDatabase(new OutboxPurgeJob());
        purge.answers(3, 4);

        assertThat(job.runOnce()).as("10:00:30, the first run of the hour").isEqualTo(3);
        clock.advance(Duration.ofMinutes(20));
        assertThat(other.runOnce()).as("10:20:30 on the other server").isZero();
        clock.advance(Duration.ofMinutes(39));
        assertThat(job.runOnce()).as("10:59:30, a restart's first run").isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(other.runOnce()).as("11:00:30 on the other server").isEqualTo(4);
        clock.advance(Duration.ofMinutes(20));
        assertThat(job.runOnce()).as("11:20:30").isZero();

        assertThat(purge.actors).as("one purge per hour").hasSize(2);
        assertThat(other.metrics.purgeSkipped.count()).isEqualTo(1);
        assertThat(job.metrics.purgeSkipped.count()).isEqualTo(2);
        assertThat(job.metrics.purgeRuns.count()).as("runs of this server that purged").isEqualTo(1);
        assertThat(other.metrics.purgeRuns.count()).as("runs of the other server that purged").isEqualTo(1);
    }

    @Test
    void aClaimThatFailsIsLoggedAndPurgesNothingAndTheNextRunTriesAgain() {
        job.claims = (actor, name, every) -> {
            throw new IllegalStateException("the database went away");
        };
        assertThat(job.runOnce()).isZero();
        assertThat(purge.actors).isEmpty();

        onServerOfTheDatabase(job);
        purge.answers(2);
        assertThat(job.runOnce()).isEqualTo(2);
    }

    @Test
    void claimsTheIntervalAsThePeriodUnderTheJobsName() {
        List<String> asked = new ArrayList<>();
        job.interval = "PT15M";
        job.claims = (actor, name, every) -> {
            asked.add(actor.userId() + " " + name + " " + every);
            return false;
        };

        assertThat(job.runOnce()).isZero();
        assertThat(asked).containsExactly("system:outbox-retention outbox-purge PT15M");
        assertThat(purge.actors).isEmpty();
    }

    @Test
    void aRetentionOfZeroTurnsThePurgeOff() {
        job.retention = "P0D";

        assertThat(job.schedule()).as("nothing scheduled: there is no scheduler here to schedule on").isFalse();
        assertThat(job.runOnce()).isZero();
        assertThat(purge.actors).isEmpty();
    }

    @Test
    void readsPeriodsAndDurations() {
        assertThat(OutboxPurgeJob.retention("P30D")).contains(Period.ofDays(30));
        assertThat(OutboxPurgeJob.retention(" p1m ")).contains(Period.ofMonths(1));
        assertThat(OutboxPurgeJob.retention("P2W")).contains(Period.ofDays(14));
        assertThat(OutboxPurgeJob.retention("PT12H")).contains(Duration.ofHours(12));
        assertThat(OutboxPurgeJob.retention("P1DT12H")).contains(Duration.ofHours(36));
        assertThat(OutboxPurgeJob.retention("P0D")).isEmpty();
        assertThat(OutboxPurgeJob.retention("PT0S")).isEmpty();
        assertThat(OutboxPurgeJob.interval("PT1H")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refusesAWrongSettingNamingIt() {
        for (String wrong : List.of("30 days", "", "P-1D", "P1M-1D", "-PT1H")) {
            assertThatThrownBy(() -> OutboxPurgeJob.retention(wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("esp.outbox.retention");
        }
        for (String wrong : List.of("1h", "PT0S", "PT0.5S")) {
            assertThatThrownBy(() -> OutboxPurgeJob.interval(wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("esp.outbox.purge-interval");
        }
        job.retention = "thirty days";
        assertThatThrownBy(job::schedule).isInstanceOf(IllegalArgumentException.class);
    }

    private static final class RecordingPurge implements PurgePublishedEventsUseCase {

        private final List<ActingUser> actors = new ArrayList<>();
        private final List<TemporalAmount> retentions = new ArrayList<>();
        private final List<Integer> answers = new ArrayList<>();
        private boolean fail;

        void answers(Integer... counts) {
            answers.addAll(List.of(counts));
        }

        void failNext() {
            fail = true;
        }

        @Override
        public int purgePublished(ActingUser actor, TemporalAmount retention) {
            if (fail) {
                fail = false;
                throw new IllegalStateException("the database went away");
            }
            actors.add(actor);
            retentions.add(retention);
            return answers.remove(0);
        }
    }
}

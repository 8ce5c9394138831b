package se.esp.application.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import se.esp.application.port.out.ScheduledJobRuns;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

class ScheduledRunClaimsTest {

    private static final ActingUser PURGE = ActingUser.system("outbox-retention");
    private static final Duration HOURLY = Duration.ofHours(1);

    private final RecordingRuns runs = new RecordingRuns();
    private final CountingTransactions transactions = new CountingTransactions();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T10:37:12Z"));
    private final ScheduledRunClaims claims = new ScheduledRunClaims(runs, transactions, clock);

    @Test
    void periodsAreTheIntervalAlignedToTheEpoch() {
        Instant now = Instant.parse("2026-11-23T10:37:12.345Z");

        assertThat(ScheduledRunClaims.periodStart(now, Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(ScheduledRunClaims.periodStart(now, Duration.ofHours(6)))
                .isEqualTo(Instant.parse("2026-11-23T06:00:00Z"));
        assertThat(ScheduledRunClaims.periodStart(now, Duration.ofMinutes(15)))
                .isEqualTo(Instant.parse("2026-11-23T10:30:00Z"));
        assertThat(ScheduledRunClaims.periodStart(Instant.parse("2026-11-23T11:00:00Z"), Duration.ofHours(1)))
                .as("a period's first instant is in it").isEqualTo(Instant.parse("2026-11-23T11:00:00Z"));
    }

    @Test
    void theFirstClaimOfAPeriodRunsTheJobAndTheNextPeriodIsClaimedAfresh() {
        assertThat(claims.claimRun(PURGE, "outbox-purge", HOURLY)).isTrue();
        clock.set(Instant.parse("2026-11-23T10:59:59Z"));
        assertThat(claims.claimRun(PURGE, "outbox-purge", HOURLY)).as("later in the same hour").isFalse();
        clock.set(Instant.parse("2026-11-23T11:00:00Z"));
        assertThat(claims.claimRun(PURGE, "outbox-purge", HOURLY)).as("the next hour").isTrue();

        assertThat(runs.claims).containsExactly("outbox-purge@2026-11-23T10:00:00Z",
                "outbox-purge@2026-11-23T10:00:00Z", "outbox-purge@2026-11-23T11:00:00Z");
        assertThat(transactions.count).as("one transaction per claim").isEqualTo(3);
    }

    @Test
    void theWinnerForgetsTheJobsClaimsOlderThanTheKeptPeriodsAndTheLoserForgetsNothing() {
        claims.claimRun(PURGE, "outbox-purge", HOURLY);
        claims.claimRun(PURGE, "outbox-purge", HOURLY);

        assertThat(runs.forgotten).containsExactly("outbox-purge@2026-11-22T10:00:00Z");
    }

    @Test
    void onlyPlatformAdministratorsClaim() {
        ActingUser staff = new ActingUser("case-officer", OrganisationId.newId(), EnumSet.of(UserRole.CONSUMER_STAFF));

        assertThatThrownBy(() -> claims.claimRun(staff, "outbox-purge", HOURLY))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThat(runs.claims).isEmpty();
    }

    @Test
    void refusesAnIntervalBelowASecondAndANameTheStorageCouldNotKeepAsGiven() {
        assertThatThrownBy(() -> claims.claimRun(PURGE, "outbox-purge", Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class);
        for (String wrong : List.of("", "Outbox-Purge", "outbox purge", "-purge", "x".repeat(101))) {
            assertThatThrownBy(() -> claims.claimRun(PURGE, wrong, HOURLY)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(runs.claims).isEmpty();
    }

    /** Claims as "job@periodStart", won by the first of each. */
    private static final class RecordingRuns implements ScheduledJobRuns {

        private final Set<String> held = new HashSet<>();
        private final List<String> claims = new ArrayList<>();
        private final List<String> forgotten = new ArrayList<>();

        @Override
        public boolean claim(String job, Instant periodStart, Instant claimedAt) {
            claims.add(job + "@" + periodStart);
            return held.add(job + "@" + periodStart);
        }

        @Override
        public int forgetBefore(String job, Instant before) {
            forgotten.add(job + "@" + before);
            return 0;
        }
    }

    private static final class CountingTransactions implements Transactions {

        private int count;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            count++;
            return work.get();
        }
    }

    private static final class SettableClock extends Clock {

        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

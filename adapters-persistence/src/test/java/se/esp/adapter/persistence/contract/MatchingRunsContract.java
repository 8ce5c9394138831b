package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.port.out.MatchingRuns;
import se.esp.application.port.out.Transactions;
import se.esp.domain.matching.MatchingQueue;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * What every implementation of {@link MatchingRuns} guarantees: requests are kept until a run served them; the daily
 * run is claimed once per day.
 */
public abstract class MatchingRunsContract {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    private MatchingRuns runs;
    private Transactions transactions;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        PersistenceAdapters adapters = Backends.fresh(backend());
        runs = adapters.matchingRuns();
        transactions = adapters.transactions();
    }

    private OptionalLong pending() {
        return transactions.inTransaction(() -> runs.lockAndFindPending());
    }

    @Test
    void nothingIsPendingAtFirst() {
        assertThat(pending()).isEmpty();
    }

    @Test
    void aRequestIsPendingUntilARunServedItAndLaterRequestsStayPending() {
        transactions.inTransaction(() -> runs.request("application received", AT));
        transactions.inTransaction(() -> runs.request("resource verified", AT));
        long served = pending().orElseThrow();

        transactions.inTransaction(() -> runs.request("application cancelled", AT));
        transactions.inTransaction(() -> runs.served(served, AT));

        long later = pending().orElseThrow();
        assertThat(later).isGreaterThan(served);
        transactions.inTransaction(() -> runs.served(later, AT));
        assertThat(pending()).isEmpty();
    }

    @Test
    void pendingRequestsForQueuesAskForTheUnionOfTheirQueuesAndOneForEverythingForEverything() {
        MatchingQueue arabic = new MatchingQueue(OfferingVersionId.newId(), new LanguageCode("ar"));
        MatchingQueue tigrinya = new MatchingQueue(arabic.offeringVersion(), new LanguageCode("ti"));
        transactions.inTransaction(() -> runs.requestFor(arabic, "application received", AT));
        transactions.inTransaction(() -> runs.requestFor(tigrinya, "application received", AT));
        transactions.inTransaction(() -> runs.requestFor(arabic, "application cancelled", AT));

        MatchingRuns.Pending queues = transactions.inTransaction(() -> runs.lockAndFindPendingRequests())
                .orElseThrow();
        assertThat(queues.everything()).isFalse();
        assertThat(queues.queues()).containsExactlyInAnyOrder(arabic, tigrinya);
        assertThat(queues.upTo()).isEqualTo(pending().orElseThrow());

        transactions.inTransaction(() -> runs.request("resource verified", AT));
        MatchingRuns.Pending all = transactions.inTransaction(() -> runs.lockAndFindPendingRequests())
                .orElseThrow();
        assertThat(all.everything()).isTrue();
        assertThat(all.upTo()).isGreaterThan(queues.upTo());

        transactions.inTransaction(() -> runs.served(all.upTo(), AT));
        assertThat(transactions.inTransaction(() -> runs.lockAndFindPendingRequests())).isEmpty();
    }

    @Test
    void aRequestRolledBackWithItsChangeWasNeverMade() {
        try {
            transactions.inTransaction(() -> {
                runs.request("application received", AT);
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // the whole transaction rolled back
        }
        assertThat(pending()).isEmpty();
    }

    private boolean claim(LocalDate day) {
        return transactions.inTransaction(() -> runs.claimDailyRun(day));
    }

    @Test
    void theDailyRunIsClaimedOncePerDayAndAgainTheNextDay() {
        LocalDate today = LocalDate.of(2026, 11, 23);

        assertThat(claim(today)).as("the first claim of the day").isTrue();
        assertThat(claim(today)).as("a second claim of the same day").isFalse();
        assertThat(claim(today.minusDays(1))).as("a claim of a day already past").isFalse();
        assertThat(claim(today.plusDays(1))).as("the first claim of the next day").isTrue();
        assertThat(claim(today.plusDays(1))).isFalse();
    }

    @Test
    void aDailyClaimRolledBackWithItsTransactionCanBeMadeAgain() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        try {
            transactions.inTransaction(() -> {
                assertThat(runs.claimDailyRun(today)).isTrue();
                throw new IllegalStateException("the request failed");
            });
        } catch (IllegalStateException expected) {
            // the claim rolled back with it
        }
        assertThat(claim(today)).isTrue();
        assertThat(claim(today)).isFalse();
    }

    @Test
    void ofTwoServersClaimingTheSameDayAtOnceExactlyOneWins() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 23);
        // yesterday's run: as on every server, where the migration inserted the lock row (a wiped test database
        // gets it back on first use, which two first uses at once would race for)
        assertThat(claim(today.minusDays(1))).isTrue();
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);

        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
            boolean won = runs.claimDailyRun(today);
            firstClaimed.countDown();
            await(commitFirst);
            return won;
        }));
        assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
        // the second claims while the first has not committed: on a database it waits for the first's row lock
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> claim(today));
        Thread.sleep(200);
        commitFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.port.out.ScheduledJobRuns;
import se.esp.application.port.out.Transactions;

/**
 * What every implementation of {@link ScheduledJobRuns} guarantees: one claim per job and period wins, also when
 * servers claim at the same moment; periods and jobs are independent; old claims are forgotten on request.
 */
public abstract class ScheduledJobRunsContract {

    protected static final String PURGE = "outbox-purge";
    protected static final String RETENTION = "personal-data-retention";
    protected static final Instant TEN = Instant.parse("2026-11-23T10:00:00Z");
    protected static final Instant ELEVEN = TEN.plus(Duration.ofHours(1));
    private static final Instant NOW = TEN.plusSeconds(75);

    protected ScheduledJobRuns runs;
    protected Transactions transactions;
    protected final ExecutorService otherServer = Executors.newSingleThreadExecutor();

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        PersistenceAdapters adapters = Backends.fresh(backend());
        runs = adapters.scheduledJobRuns();
        transactions = adapters.transactions();
    }

    @AfterEach
    void stopTheOtherServer() {
        otherServer.shutdownNow();
    }

    protected boolean claim(String job, Instant periodStart) {
        return transactions.inTransaction(() -> runs.claim(job, periodStart, NOW));
    }

    @Test
    void theFirstClaimOfAPeriodWinsAndEveryLaterClaimOfItLoses() {
        assertThat(claim(PURGE, TEN)).isTrue();
        assertThat(claim(PURGE, TEN)).isFalse();
        assertThat(claim(PURGE, TEN)).isFalse();
    }

    @Test
    void periodsAndJobsAreClaimedIndependently() {
        assertThat(claim(PURGE, ELEVEN)).isTrue();
        assertThat(claim(PURGE, TEN)).as("an earlier period, not yet claimed").isTrue();
        assertThat(claim(RETENTION, TEN)).as("another job, the same period").isTrue();
        assertThat(claim(PURGE, TEN.plusNanos(1_000))).as("a period a microsecond later").isTrue();

        assertThat(claim(PURGE, ELEVEN)).isFalse();
        assertThat(claim(RETENTION, TEN)).isFalse();
    }

    @Test
    void aClaimRolledBackWithItsTransactionWasNeverMade() {
        try {
            transactions.inTransaction(() -> {
                assertThat(runs.claim(PURGE, TEN, NOW)).isTrue();
                throw new IllegalStateException("the server went down");
            });
        } catch (IllegalStateException expected) {
            // the claim rolled back with it
        }
        assertThat(claim(PURGE, TEN)).isTrue();
        assertThat(claim(PURGE, TEN)).isFalse();
    }

    @Test
    void aLostClaimLeavesTheTransactionUsable() {
        assertThat(claim(PURGE, TEN)).isTrue();

        boolean[] outcomes = transactions.inTransaction(() -> new boolean[] {
                runs.claim(PURGE, TEN, NOW), runs.claim(RETENTION, TEN, NOW)});

        assertThat(outcomes).containsExactly(false, true);
        assertThat(claim(RETENTION, TEN)).as("committed with the lost claim").isFalse();
    }

    @Test
    void ofTwoServersClaimingTheSamePeriodAtOnceExactlyOneWins() throws Exception {
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        Future<Boolean> first = otherServer.submit(() -> transactions.inTransaction(() -> {
            boolean won = runs.claim(PURGE, TEN, NOW);
            firstClaimed.countDown();
            await(commitFirst);
            return won;
        }));
        assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
        // the second claims while the first has not committed: it waits for the first's transaction
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> claim(PURGE, TEN));
        Thread.sleep(200);
        commitFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void whenTheFirstClaimantRollsBackTheOneWaitingWins() throws Exception {
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch failFirst = new CountDownLatch(1);
        Future<Boolean> first = otherServer.submit(() -> {
            try {
                return transactions.inTransaction(() -> {
                    runs.claim(PURGE, TEN, NOW);
                    firstClaimed.countDown();
                    await(failFirst);
                    throw new IllegalStateException("the first server went down");
                });
            } catch (IllegalStateException e) {
                return false;
            }
        });
        assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> claim(PURGE, TEN));
        Thread.sleep(200);
        failFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(claim(PURGE, TEN)).isFalse();
    }

    @Test
    void serversRacingForTheSamePeriodsHaveOneWinnerPerPeriod() throws Exception {
        int servers = 3;
        int periods = 10;
        CyclicBarrier together = new CyclicBarrier(servers);
        ExecutorService pool = Executors.newFixedThreadPool(servers);
        try {
            List<Future<List<Instant>>> won = new ArrayList<>();
            for (int s = 0; s < servers; s++) {
                won.add(pool.submit(() -> {
                    List<Instant> mine = new ArrayList<>();
                    for (int p = 0; p < periods; p++) {
                        Instant period = TEN.plus(Duration.ofHours(p));
                        together.await(10, TimeUnit.SECONDS);
                        if (claim(PURGE, period)) {
                            mine.add(period);
                        }
                    }
                    return mine;
                }));
            }
            List<Instant> all = new ArrayList<>();
            for (Future<List<Instant>> server : won) {
                all.addAll(server.get(60, TimeUnit.SECONDS));
            }
            assertThat(all).as("each period won exactly once").hasSize(periods).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void forgetsOnlyTheJobsClaimsOfPeriodsBeforeTheCutoff() {
        claim(PURGE, TEN.minus(Duration.ofHours(2)));
        claim(PURGE, TEN.minus(Duration.ofHours(1)));
        claim(PURGE, TEN);
        claim(RETENTION, TEN.minus(Duration.ofHours(2)));

        assertThat(transactions.inTransaction(() -> runs.forgetBefore(PURGE, TEN))).isEqualTo(2);
        assertThat(transactions.inTransaction(() -> runs.forgetBefore(PURGE, TEN))).as("nothing left").isZero();

        assertThat(claim(PURGE, TEN)).as("kept").isFalse();
        assertThat(claim(RETENTION, TEN.minus(Duration.ofHours(2)))).as("another job's, kept").isFalse();
        assertThat(claim(PURGE, TEN.minus(Duration.ofHours(2)))).as("forgotten, so claimable again").isTrue();
    }

    @Test
    void refusesAJobNameItCouldNotKeepAsGiven() {
        for (String wrong : List.of("", "Outbox-Purge", "outbox purge", "x".repeat(101))) {
            assertThatThrownBy(() -> claim(wrong, TEN)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(claim("x".repeat(100), TEN)).as("the longest name").isTrue();
        assertThat(claim("x".repeat(100), TEN)).isFalse();
    }

    protected static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

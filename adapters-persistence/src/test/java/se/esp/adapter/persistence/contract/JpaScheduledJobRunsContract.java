package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The database backends also let claims run truly side by side (the in-memory one serialises transactions): an
 * open claim holds up only claims of its own job and period, never another period's, another job's or forgetting;
 * and when an open claim rolls back with several waiting, still only one of them wins.
 */
abstract class JpaScheduledJobRunsContract extends ScheduledJobRunsContract {

    @Test
    void anOpenClaimHoldsUpNoClaimOfAnotherPeriodOrJobNorForgetting() throws Exception {
        claim(PURGE, TEN.minus(Duration.ofHours(3)));
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Boolean> open = otherServer.submit(() -> transactions.inTransaction(() -> {
            boolean won = runs.claim(PURGE, TEN, TEN);
            claimed.countDown();
            await(release);
            return won;
        }));
        try {
            assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(claim(PURGE, ELEVEN)).as("the next period").isTrue();
            assertThat(claim(PURGE, TEN.minus(Duration.ofHours(1)))).as("an earlier period").isTrue();
            assertThat(claim(RETENTION, TEN)).as("another job").isTrue();
            assertThat(transactions.inTransaction(() -> runs.forgetBefore(PURGE, TEN.minus(Duration.ofHours(2)))))
                    .isEqualTo(1);
            assertThat(open.isDone()).as("the open claim is still open").isFalse();
        } finally {
            release.countDown();
        }
        assertThat(open.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(claim(PURGE, TEN)).isFalse();
    }

    /**
     * MariaDB (InnoDB) gives every waiter a shared lock on the key when the first claim rolls back, and then ends all
     * but one as deadlock victims when each wants to insert: a victim's claim fails with an error instead of
     * losing. What matters holds on both databases: never two winners.
     */
    @Test
    void whenAClaimWithTwoWaitingRollsBackOneOfThemWinsAndTheOtherLosesOrFails() throws Exception {
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch fail = new CountDownLatch(1);
        var first = otherServer.submit(() -> {
            try {
                transactions.inTransaction(() -> {
                    runs.claim(PURGE, TEN, TEN);
                    claimed.countDown();
                    await(fail);
                    throw new IllegalStateException("the first server went down");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
        });
        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<String>> waiting = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            waiting.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return claim(PURGE, TEN) ? "won" : "lost";
                } catch (RuntimeException e) {
                    return "failed";
                }
            }));
        }
        Thread.sleep(300);
        fail.countDown();
        first.get(10, TimeUnit.SECONDS);

        List<String> outcomes = new ArrayList<>();
        for (CompletableFuture<String> claim : waiting) {
            outcomes.add(claim.get(20, TimeUnit.SECONDS));
        }
        assertThat(outcomes).containsOnlyOnce("won").hasSize(2);
        assertThat(claim(PURGE, TEN)).isFalse();
    }
}

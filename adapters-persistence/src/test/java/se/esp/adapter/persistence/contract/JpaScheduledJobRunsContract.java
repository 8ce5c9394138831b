package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The database backends also let claims run truly side by side (the in-memory one serialises transactions): an
 * open claim holds up only claims of its own job and period, never another period's, another job's or forgetting.
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
}

package se.esp.bootstrap.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RepeatedTaskTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void shutDown() {
        executor.shutdownNow();
    }

    @Test
    void aRunThatThrowsDoesNotEndTheSchedule() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch threeRuns = new CountDownLatch(3);
        RepeatedTask task = new RepeatedTask();

        task.start(executor, Duration.ZERO, Duration.ofMillis(1), () -> {
            runs.incrementAndGet();
            threeRuns.countDown();
            throw new IllegalStateException("the database is away");
        });

        assertThat(threeRuns.await(60, TimeUnit.SECONDS)).as("runs after the first one threw").isTrue();
        task.stop();
        assertThat(runs.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aTaskAlreadyStartedIsNotStartedTwice() throws InterruptedException {
        RepeatedTask task = new RepeatedTask();
        CountDownLatch ran = new CountDownLatch(1);

        assertThat(task.start(executor, Duration.ZERO, Duration.ofHours(1), ran::countDown)).isTrue();
        assertThat(task.start(executor, Duration.ZERO, Duration.ofHours(1), ran::countDown)).isFalse();

        assertThat(ran.await(60, TimeUnit.SECONDS)).isTrue();
        task.stop();
        assertThat(task.start(executor, Duration.ofHours(1), Duration.ofHours(1), () -> { })).as("after stop")
                .isTrue();
        task.stop();
    }
}

package se.esp.application.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import se.esp.domain.matching.MatchingQueue;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

class BackgroundMatchingTest {

    private final ExecutorService worker = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() throws InterruptedException {
        worker.shutdownNow();
        assertThat(worker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Passes counted; each may be held until released. */
    private static final class Passes implements MatchingTrigger {
        final AtomicInteger passes = new AtomicInteger();
        final AtomicInteger concurrent = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final List<String> requests = new ArrayList<>();
        volatile CountDownLatch hold = new CountDownLatch(0);
        final CountDownLatch firstBegun = new CountDownLatch(1);

        @Override
        public synchronized void requestWithin(String reason) {
            requests.add("everything: " + reason);
        }

        @Override
        public synchronized void requestFor(MatchingQueue queue, String reason) {
            requests.add(queue.language().value() + ": " + reason);
        }

        @Override
        public void runRequested() {
            mostAtOnce.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            passes.incrementAndGet();
            firstBegun.countDown();
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                concurrent.decrementAndGet();
            }
        }
    }

    @Test
    void theCallerReturnsAtOnceAndSignalsDuringAPassShareOneMorePass() throws Exception {
        Passes passes = new Passes();
        passes.hold = new CountDownLatch(1);
        BackgroundMatching matching = new BackgroundMatching(passes, worker);

        matching.runRequested();
        assertThat(passes.firstBegun.await(10, TimeUnit.SECONDS)).as("the first pass began").isTrue();
        for (int i = 0; i < 5; i++) {
            matching.runRequested(); // returns although the pass is held
        }
        assertThat(passes.passes.get()).as("passes while the first is held").isEqualTo(1);
        passes.hold.countDown();
        awaitQuiet(passes, 2);

        assertThat(passes.passes.get()).as("the first pass and one for the five signals during it").isEqualTo(2);
        assertThat(passes.mostAtOnce.get()).as("passes at once on one server").isEqualTo(1);
        assertThat(matching.decidesBeforeAnswering()).isFalse();
    }

    @Test
    void requestsGoToTheWrappedTriggerInTheCallersTransaction() {
        Passes passes = new Passes();
        BackgroundMatching matching = new BackgroundMatching(passes, worker);
        MatchingQueue queue = new MatchingQueue(OfferingVersionId.newId(), LanguageCode.of("ar"));

        matching.requestFor(queue, "application received");
        matching.requestWithin("resource verified");

        assertThat(passes.requests).containsExactly("ar: application received", "everything: resource verified");
        assertThat(passes.passes.get()).as("a request alone runs nothing").isZero();
    }

    /** Whatever the interleaving, every signal is followed by a pass that began after it. */
    @RepeatedTest(20)
    void noSignalIsLeftWithoutAPassAfterIt() throws Exception {
        AtomicLong clock = new AtomicLong();
        AtomicLong lastPassBegan = new AtomicLong();
        AtomicInteger passes = new AtomicInteger();
        MatchingTrigger passing = new MatchingTrigger() {
            @Override
            public void requestWithin(String reason) {
            }

            @Override
            public void runRequested() {
                lastPassBegan.set(clock.incrementAndGet());
                passes.incrementAndGet();
                if (ThreadLocalRandom.current().nextBoolean()) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
        };
        ExecutorService own = Executors.newSingleThreadExecutor();
        BackgroundMatching matching = new BackgroundMatching(passing, own);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        AtomicLong lastSignal = new AtomicLong();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            running.add(callers.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    lastSignal.accumulateAndGet(clock.incrementAndGet(), Math::max);
                    matching.runRequested();
                    if (i % 50 == 0) {
                        Thread.yield();
                    }
                }
            }));
        }
        for (Future<?> caller : running) {
            caller.get(30, TimeUnit.SECONDS);
        }
        callers.shutdown();
        own.shutdown(); // a task already handed over still runs
        assertThat(own.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(lastPassBegan.get()).as("the last pass began after the last signal (%d passes for 2 000 signals)",
                passes.get()).isGreaterThan(lastSignal.get());
        assertThat(passes.get()).as("passes for 2 000 signals").isBetween(1, 2_000);
    }

    @Test
    void aSignalArrivingAsTheWorkerLetsGoGetsItsPass() throws Exception {
        Passes passes = new Passes();
        AtomicInteger gaps = new AtomicInteger();
        BackgroundMatching[] matching = new BackgroundMatching[1];
        matching[0] = new BackgroundMatching(passes, worker, () -> {
            if (gaps.incrementAndGet() == 1) {
                // the worker found no signal and has not let go: this caller sees it working and starts nothing
                matching[0].runRequested();
            }
        });

        matching[0].runRequested();
        awaitQuiet(passes, 2);

        assertThat(passes.passes.get()).as("the first pass and one for the signal in the gap").isEqualTo(2);
    }

    @Test
    void aRefusedWorkerLeavesTheRequestsPendingAndTheNextSignalStartsAPass() throws Exception {
        Passes passes = new Passes();
        AtomicBoolean refuse = new AtomicBoolean(true);
        BackgroundMatching matching = new BackgroundMatching(passes, task -> {
            if (refuse.get()) {
                throw new RejectedExecutionException("the server is stopping");
            }
            worker.execute(task);
        });

        matching.runRequested(); // does not throw
        assertThat(passes.passes.get()).isZero();

        refuse.set(false);
        matching.runRequested();
        awaitQuiet(passes, 1);
        assertThat(passes.passes.get()).isEqualTo(1);
    }

    private static void awaitQuiet(Passes passes, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((passes.passes.get() < atLeast || passes.concurrent.get() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(50); // a further pass, if one were wrongly started, would show here
    }
}

package se.esp.bootstrap.metrics;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Counters kept in memory and exported nowhere: on a server with neither MicroProfile Metrics nor Micrometer, and in tests
 * that count without a metrics runtime. Gauges are not kept (nothing would read them).
 */
public final class UnexportedMeters implements Meters {

    @Override
    public Count counter(String name, String description, Tag tag) {
        return new InMemoryCount();
    }

    @Override
    public void gauge(String name, String description, String unit, LongSupplier value) {
        // nothing reads a gauge here
    }

    /** A count in memory. */
    public static final class InMemoryCount implements Count {

        private final AtomicLong count = new AtomicLong();

        @Override
        public void inc(long n) {
            count.addAndGet(n);
        }

        @Override
        public long count() {
            return count.get();
        }
    }
}

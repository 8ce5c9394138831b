package se.esp.bootstrap.metrics;

import java.util.function.LongSupplier;

/**
 * Where the platform's counters and gauges are registered: the server's metrics runtime, or nowhere outside it.
 * Names are MicroProfile Metrics names ({@code esp.outbox.published}, served as {@code esp_outbox_published_total}).
 */
public interface Meters {

    /** A counter; the tag, when given, distinguishes series of one name ({@code reason="…"}). */
    Count counter(String name, String description, Tag tag);

    default Count counter(String name, String description) {
        return counter(name, description, null);
    }

    /** A gauge read when scraped; {@code unit} is {@code "seconds"} or null for a plain number. */
    void gauge(String name, String description, String unit, LongSupplier value);

    /** A monotonically increasing count. */
    interface Count {

        void inc(long n);

        default void inc() {
            inc(1);
        }

        long count();
    }

    /** One name=value pair that distinguishes series of one metric. */
    record Tag(String name, String value) {
    }
}

package se.esp.bootstrap.metrics;

import java.util.function.LongSupplier;

import jakarta.enterprise.inject.Instance;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The meters in the deployment's Micrometer registry, which WildFly's {@code micrometer} subsystem gives the
 * application as a CDI bean and serves, with the Prometheus registry of {@code esp.cli}, at {@code /prometheus} on
 * the management port. Prometheus names are MicroProfile Metrics' ({@code esp.outbox.published} is
 * {@code esp_outbox_published_total}, a gauge in seconds ends in {@code _seconds}). Not a CDI bean:
 * {@link MetersProducer} creates it only where the API exists and MicroProfile Metrics does not.
 */
final class MicrometerMeters implements Meters {

    private final MeterRegistry registry;

    MicrometerMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The registry the server gives the deployment, through the producer's injected {@code Instance}. */
    static Meters of(Instance<Object> beans) {
        Instance<MeterRegistry> registries = beans.select(MeterRegistry.class);
        if (!registries.isResolvable()) {
            throw new IllegalStateException("the server's Micrometer gave the deployment no registry");
        }
        return new MicrometerMeters(registries.get());
    }

    @Override
    public Count counter(String name, String description, Tag tag) {
        Counter.Builder builder = Counter.builder(name).description(description);
        if (tag != null) {
            builder = builder.tag(tag.name(), tag.value());
        }
        Counter counter = builder.register(registry);
        return new Count() {
            @Override
            public void inc(long n) {
                counter.increment(n);
            }

            @Override
            public long count() {
                return (long) counter.count();
            }
        };
    }

    @Override
    public void gauge(String name, String description, String unit, LongSupplier value) {
        // the supplier form holds its function strongly: a gauge of an object would be weak and could vanish
        Gauge.Builder<?> builder = Gauge.builder(name, value::getAsLong).description(description);
        if ("seconds".equals(unit)) {
            builder = builder.baseUnit("seconds");
        }
        builder.register(registry);
    }
}

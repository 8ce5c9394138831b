package se.esp.bootstrap.metrics;

import java.util.function.LongSupplier;

import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The meters in the server's MicroProfile Metrics application registry, served at {@code /metrics}. Not a CDI bean
 * (the WAR's discovery is annotated): {@link MetersProducer} creates it only where the API exists.
 */
final class MicroProfileMeters implements Meters {

    private final MetricRegistry registry;

    private MicroProfileMeters(MetricRegistry registry) {
        this.registry = registry;
    }

    /**
     * The application registry, through the producer's injected {@code Instance} (Liberty's registry producer gives
     * none to a lookup without an injection point, as {@code CDI.current()} or the bean manager make).
     */
    static Meters of(Instance<Object> beans) {
        MetricRegistry registry = beans.select(MetricRegistry.class).get();
        if (registry == null) {
            throw new IllegalStateException("the server's MicroProfile Metrics gave no application registry");
        }
        return new MicroProfileMeters(registry);
    }

    @Override
    public Count counter(String name, String description, Tag tag) {
        Metadata metadata = Metadata.builder().withName(name).withDescription(description).build();
        Counter counter = tag == null ? registry.counter(metadata)
                : registry.counter(metadata, new org.eclipse.microprofile.metrics.Tag(tag.name(), tag.value()));
        return new Count() {
            @Override
            public void inc(long n) {
                counter.inc(n);
            }

            @Override
            public long count() {
                return counter.getCount();
            }
        };
    }

    @Override
    public void gauge(String name, String description, String unit, LongSupplier value) {
        var metadata = Metadata.builder().withName(name).withDescription(description);
        if ("seconds".equals(unit)) {
            metadata = metadata.withUnit(MetricUnits.SECONDS);
        }
        registry.gauge(metadata.build(), value::getAsLong);
    }
}

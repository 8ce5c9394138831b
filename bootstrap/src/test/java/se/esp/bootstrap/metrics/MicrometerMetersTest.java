package se.esp.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The platform's meters in a Micrometer registry, as WildFly gives one to the deployment. */
class MicrometerMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Meters meters = new MicrometerMeters(registry);

    @Test
    void aCounterCountsInTheRegistryUnderItsNameAndTag() {
        Meters.Count rejected = meters.counter("esp.applications.rejected", "Applications refused",
                new Meters.Tag("reason", "MALFORMED_JSON"));
        Meters.Count other = meters.counter("esp.applications.rejected", "Applications refused",
                new Meters.Tag("reason", "UNAUTHENTICATED"));

        rejected.inc();
        rejected.inc(2);

        assertThat(rejected.count()).isEqualTo(3);
        assertThat(other.count()).isZero();
        assertThat(registry.get("esp.applications.rejected").tag("reason", "MALFORMED_JSON").counter().count())
                .isEqualTo(3.0);
        assertThat(registry.get("esp.applications.rejected").counter().getId().getDescription())
                .isEqualTo("Applications refused");
    }

    @Test
    void theSameCounterTwiceIsOneSeries() {
        meters.counter("esp.outbox.published", "Events published").inc();
        meters.counter("esp.outbox.published", "Events published").inc();

        assertThat(registry.get("esp.outbox.published").counters()).singleElement()
                .satisfies(counter -> assertThat(counter.count()).isEqualTo(2.0));
    }

    @Test
    void aGaugeIsReadWhenScrapedAndKeepsItsUnit() {
        AtomicLong age = new AtomicLong(7);
        meters.gauge("esp.outbox.oldest.age", "Age of the oldest unpublished event", "seconds", age::get);
        meters.gauge("esp.outbox.unpublished", "Unpublished events", null, () -> 4);

        age.set(12);
        System.gc(); // the registry holds the supplier itself, not a weak reference to it

        Gauge oldest = registry.get("esp.outbox.oldest.age").gauge();
        assertThat(oldest.value()).isEqualTo(12.0);
        assertThat(oldest.getId().getBaseUnit()).isEqualTo("seconds");
        assertThat(registry.get("esp.outbox.unpublished").gauge().value()).isEqualTo(4.0);
        assertThat(registry.get("esp.outbox.unpublished").gauge().getId().getBaseUnit()).isNull();
    }
}

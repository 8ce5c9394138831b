package se.esp.bootstrap.metrics;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Chooses where the platform's meters go, by the API the server provides to the application: MicroProfile Metrics
 * (Open Liberty with {@code mpMetrics}), else Micrometer (WildFly, whose {@code micrometer} subsystem replaces
 * MicroProfile Metrics), else {@link UnexportedMeters} with one line in the log saying so.
 */
@ApplicationScoped
public class MetersProducer {

    static final String METRIC_REGISTRY = "org.eclipse.microprofile.metrics.MetricRegistry";
    static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";
    private static final Logger LOG = Logger.getLogger(MetersProducer.class.getName());

    @Inject
    Instance<Object> beans;

    @Produces
    @ApplicationScoped
    Meters meters() {
        if (serverProvides(METRIC_REGISTRY)) {
            return orUnexported("MicroProfile Metrics", () -> MicroProfileMeters.of(beans));
        }
        if (serverProvides(METER_REGISTRY)) {
            return orUnexported("Micrometer", () -> MicrometerMeters.of(beans));
        }
        LOG.warning("This server provides neither MicroProfile Metrics (" + METRIC_REGISTRY + ") nor Micrometer ("
                + METER_REGISTRY + "): the platform's counters and gauges (esp_outbox_*, esp_applications_*) are "
                + "not exported");
        return new UnexportedMeters();
    }

    /** The server's registry, or unexported meters when the API is there but gives none. */
    private static Meters orUnexported(String api, Supplier<Meters> registry) {
        try {
            return registry.get();
        } catch (RuntimeException e) {
            // counting must never stop the relay or the inbound listener
            LOG.log(Level.WARNING, api + " gave no registry: the platform's counters are not exported", e);
            return new UnexportedMeters();
        }
    }

    private static boolean serverProvides(String className) {
        try {
            Class.forName(className, false, MetersProducer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}

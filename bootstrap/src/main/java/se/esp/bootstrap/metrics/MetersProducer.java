package se.esp.bootstrap.metrics;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Chooses where the platform's meters go: MicroProfile Metrics when the server provides its API to the application
 * (Open Liberty with {@code mpMetrics}), else {@link UnexportedMeters} with one line in the log saying so (WildFly 37,
 * which has Micrometer instead of MicroProfile Metrics).
 */
@ApplicationScoped
public class MetersProducer {

    static final String METRIC_REGISTRY = "org.eclipse.microprofile.metrics.MetricRegistry";
    private static final Logger LOG = Logger.getLogger(MetersProducer.class.getName());

    @Inject
    Instance<Object> beans;

    @Produces
    @ApplicationScoped
    Meters meters() {
        if (serverHasMicroProfileMetrics()) {
            try {
                return MicroProfileMeters.of(beans);
            } catch (RuntimeException e) {
                // counting must never stop the relay or the inbound listener
                LOG.log(Level.WARNING, "MicroProfile Metrics gave no registry: the platform's counters are not "
                        + "exported", e);
                return new UnexportedMeters();
            }
        }
        LOG.warning("This server provides no MicroProfile Metrics (" + METRIC_REGISTRY + "): the platform's "
                + "counters and gauges (esp_outbox_*, esp_applications_*) are not exported");
        return new UnexportedMeters();
    }

    private static boolean serverHasMicroProfileMetrics() {
        try {
            Class.forName(METRIC_REGISTRY, false, MetersProducer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}

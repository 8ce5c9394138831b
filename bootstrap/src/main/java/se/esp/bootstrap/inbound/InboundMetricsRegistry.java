package se.esp.bootstrap.inbound;

import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import se.esp.adapter.messaging.inbound.DeadLetterReason;
import se.esp.adapter.messaging.inbound.InboundMetrics;
import se.esp.bootstrap.metrics.Meters;
import se.esp.bootstrap.metrics.Meters.Count;

/**
 * The inbound applications queue's metrics (see {@link Meters}) at {@code /metrics} (Prometheus:
 * {@code esp_applications_inbound_received_total}, {@code …_accepted_total}, {@code …_duplicates_total},
 * {@code esp_applications_dead_lettered_total{reason="…"}}, one series per {@link DeadLetterReason}).
 */
@ApplicationScoped
public class InboundMetricsRegistry implements InboundMetrics {

    public static final String RECEIVED = "esp.applications.inbound.received";
    public static final String ACCEPTED = "esp.applications.inbound.accepted";
    public static final String DUPLICATES = "esp.applications.inbound.duplicates";
    public static final String DEAD_LETTERED = "esp.applications.dead.lettered";

    @Inject
    Meters meters;

    private Count received;
    private Count accepted;
    private Count duplicates;
    private final Map<DeadLetterReason, Count> deadLettered = new EnumMap<>(DeadLetterReason.class);

    @PostConstruct
    void register() {
        received = meters.counter(RECEIVED, "Messages taken from the inbound applications queue (first deliveries)");
        accepted = meters.counter(ACCEPTED, "Inbound messages that became a new application");
        duplicates = meters.counter(DUPLICATES, "Inbound messages that repeated an accepted one; nothing was created");
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            deadLettered.put(reason, meters.counter(DEAD_LETTERED,
                    "Inbound messages moved to the dead-letter queue, by reason",
                    new Meters.Tag("reason", reason.name())));
        }
    }

    @Override
    public void received() {
        received.inc();
    }

    @Override
    public void accepted() {
        accepted.inc();
    }

    @Override
    public void duplicate() {
        duplicates.inc();
    }

    @Override
    public void deadLettered(DeadLetterReason reason) {
        deadLettered.get(reason).inc();
    }
}

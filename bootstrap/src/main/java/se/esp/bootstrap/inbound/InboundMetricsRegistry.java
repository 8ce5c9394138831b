package se.esp.bootstrap.inbound;

import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import se.esp.adapter.messaging.inbound.DeadLetterReason;
import se.esp.adapter.messaging.inbound.InboundMetrics;

/**
 * The inbound applications queue's MicroProfile metrics at {@code /metrics} (Prometheus:
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
    MetricRegistry registry;

    private Counter received;
    private Counter accepted;
    private Counter duplicates;
    private final Map<DeadLetterReason, Counter> deadLettered = new EnumMap<>(DeadLetterReason.class);

    @PostConstruct
    void register() {
        received = registry.counter(Metadata.builder().withName(RECEIVED)
                .withDescription("Messages taken from the inbound applications queue (first deliveries)").build());
        accepted = registry.counter(Metadata.builder().withName(ACCEPTED)
                .withDescription("Inbound messages that became a new application").build());
        duplicates = registry.counter(Metadata.builder().withName(DUPLICATES)
                .withDescription("Inbound messages that repeated an accepted one; nothing was created").build());
        Metadata deadLetters = Metadata.builder().withName(DEAD_LETTERED)
                .withDescription("Inbound messages moved to the dead-letter queue, by reason").build();
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            deadLettered.put(reason, registry.counter(deadLetters, new Tag("reason", reason.name())));
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

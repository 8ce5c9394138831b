package se.esp.bootstrap.inbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.esp.adapter.messaging.inbound.InboundApplicationHandler;
import se.esp.adapter.messaging.inbound.JmsApplicationConsumer;
import se.esp.adapter.messaging.inbound.SenderVerifier;
import se.esp.adapter.messaging.inbound.ServerApplicationsChannel;
import se.esp.application.port.in.application.SubmitApplicationUseCase;

/**
 * Listens on the inbound applications queue ({@code jms/espApplicationsIn}) on a thread of the server's managed
 * thread factory (Jakarta Concurrency), so the listener runs with the application's context and stops with it.
 * Each message goes through {@link SubmitApplicationUseCase}, like {@code POST /api/applications}. Several servers
 * may listen on one queue: the broker gives each message to one of them, and the database's unique idempotency key
 * stops a redelivered message on another server from creating a second application.
 *
 * <p>Why not a message-driven bean: Liberty's MDB container needs {@code mdb-4.0} and Enterprise Beans, which the
 * platform leaves out on purpose (see {@code server.xml}); the listener is a plain Java loop in the messaging
 * adapter ({@link JmsApplicationConsumer}), testable against any broker without a server.</p>
 *
 * <p>Settings: {@code esp.inbound.enabled} (default {@code true}), {@code esp.inbound.max-deliveries} (5: a message
 * whose processing failed transiently this often is dead-lettered as {@code REDELIVERY_EXHAUSTED}),
 * {@code esp.inbound.retry-delay} (PT1S, the pause before a failed message is rolled back and between
 * reconnections), {@code esp.inbound.listeners} (8: listeners on this server, each with its own session; while one
 * waits for the matching run its message asked for, the others take the next messages, and the runs they ask for
 * together are served as one, as for concurrent {@code POST}s — one listener would decide one message at a time).</p>
 */
@ApplicationScoped
public class InboundApplicationsListener {

    private static final Logger LOG = Logger.getLogger(InboundApplicationsListener.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    ServerApplicationsChannel channel;

    @Inject
    SubmitApplicationUseCase submissions;

    @Inject
    SenderVerifier senders;

    @Inject
    InboundMetricsRegistry metrics;

    @Inject
    @ConfigProperty(name = "esp.inbound.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "esp.inbound.max-deliveries", defaultValue = "5")
    int maxDeliveries;

    @Inject
    @ConfigProperty(name = "esp.inbound.retry-delay", defaultValue = "PT1S")
    Duration retryDelay;

    @Inject
    @ConfigProperty(name = "esp.inbound.listeners", defaultValue = "8")
    int listeners;

    private final List<JmsApplicationConsumer> consumers = new ArrayList<>();

    /** Starts listening; called once the schema is migrated. */
    public synchronized void start() {
        if (!enabled) {
            LOG.info("the inbound applications queue is not read on this server (esp.inbound.enabled=false)");
            return;
        }
        if (listeners < 1) {
            throw new IllegalStateException("esp.inbound.listeners must be at least 1 (or set esp.inbound.enabled"
                    + "=false), not " + listeners);
        }
        if (consumers.isEmpty()) {
            InboundApplicationHandler handler = new InboundApplicationHandler(submissions, senders);
            for (int i = 1; i <= listeners; i++) {
                JmsApplicationConsumer consumer = channel.consumer(handler, metrics,
                        new JmsApplicationConsumer.Settings(maxDeliveries, Duration.ofSeconds(1), retryDelay));
                Thread thread = threads.newThread(consumer);
                thread.setName("esp-inbound-applications-" + i);
                thread.start();
                consumers.add(consumer);
            }
            LOG.info(() -> listeners + " listeners for applications on " + ServerApplicationsChannel.APPLICATIONS_IN);
        }
    }

    @PreDestroy
    synchronized void stop() {
        consumers.forEach(JmsApplicationConsumer::stop);
        try {
            for (JmsApplicationConsumer consumer : consumers) {
                consumer.awaitStopped(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumers.clear();
    }
}

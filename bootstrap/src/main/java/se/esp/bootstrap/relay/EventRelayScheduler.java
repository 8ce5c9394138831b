package se.esp.bootstrap.relay;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.esp.application.port.in.outbox.OutboxBacklogQuery;
import se.esp.application.port.in.outbox.RelayEventsUseCase;
import se.esp.application.port.in.outbox.RelayRun;
import se.esp.bootstrap.schedule.RepeatedTask;

/**
 * Runs the outbox relay on the server's managed scheduled executor (Jakarta Concurrency): every
 * {@code esp.relay.interval} (default PT1S) it relays what waits, up to {@code esp.relay.max-batches} batches.
 * Runs never overlap on one server; several servers sharing a database divide the work by row locks.
 * {@code esp.relay.enabled=false} stops this server from relaying (another instance must then do it).
 */
@ApplicationScoped
public class EventRelayScheduler {

    private static final Logger LOG = Logger.getLogger(EventRelayScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    RelayEventsUseCase relay;

    @Inject
    OutboxBacklogQuery backlog;

    @Inject
    RelayMetrics metrics;

    @Inject
    @ConfigProperty(name = "esp.relay.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "esp.relay.interval", defaultValue = "PT1S")
    Duration interval;

    @Inject
    @ConfigProperty(name = "esp.relay.max-batches", defaultValue = "50")
    int maxBatches;

    private final RepeatedTask task = new RepeatedTask();
    private volatile String lastFailure;

    /** Starts relaying; called once the schema is migrated. */
    public synchronized void start() {
        if (!enabled) {
            LOG.info("the outbox relay is off on this server (esp.relay.enabled=false)");
            return;
        }
        if (task.start(executor, Duration.ZERO, interval, this::relayWaiting)) {
            LOG.info(() -> "the outbox relay runs every " + interval);
        }
    }

    @PreDestroy
    synchronized void stop() {
        task.stop();
    }

    /** One scheduled run; never throws, or the executor would stop scheduling it. */
    void relayWaiting() {
        try {
            RelayRun run = relay.relayWaiting(maxBatches);
            metrics.ran(run);
            run.failure().ifPresentOrElse(this::reportFailure, this::reportRecovery);
            metrics.backlog(backlog.backlog());
        } catch (RuntimeException e) {
            metrics.failed();
            reportFailure(e.toString());
            LOG.log(Level.FINE, "outbox relay run failed", e);
        }
    }

    private void reportFailure(String failure) {
        if (lastFailure == null) {
            LOG.warning(() -> "publishing events stopped; the outbox keeps them and the relay retries every "
                    + interval + ": " + failure);
        }
        lastFailure = failure;
    }

    private void reportRecovery() {
        if (lastFailure != null) {
            LOG.info("publishing events works again");
            lastFailure = null;
        }
    }
}

package se.esp.bootstrap.wiring;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.application.outbox.OutboxPurge;
import se.esp.application.outbox.OutboxRelay;
import se.esp.application.port.in.outbox.OutboxBacklogQuery;
import se.esp.application.port.in.outbox.PurgePublishedEventsUseCase;
import se.esp.application.port.in.outbox.RelayEventsUseCase;
import se.esp.application.port.out.EventPublisher;

/**
 * The outbox relay, over this server's storage and its event publisher (the Jakarta Messaging topic
 * {@code jms/espEvents} on whichever broker the server configuration names). {@code esp.relay.batch-size}
 * (environment: {@code ESP_RELAY_BATCH_SIZE}) is how many entries one transaction claims and publishes.
 *
 * <p>The purge of published entries over the same outbox; {@code esp.outbox.purge-batch-size} (environment:
 * {@code ESP_OUTBOX_PURGE_BATCH_SIZE}, default 1000) is how many entries one transaction deletes. How long they
 * are kept is the purge job's setting ({@code relay/OutboxPurgeJob}).</p>
 */
@ApplicationScoped
public class EventRelayUseCases {

    @Inject
    PersistenceAdapters persistence;

    @Inject
    EventPublisher publisher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "esp.relay.batch-size", defaultValue = "100")
    int batchSize;

    @Inject
    @ConfigProperty(name = "esp.outbox.purge-batch-size", defaultValue = "1000")
    int purgeBatchSize;

    private OutboxRelay relay;
    private OutboxPurge purge;

    @PostConstruct
    void build() {
        relay = new OutboxRelay(persistence.outbox(), publisher, persistence.transactions(), clock, batchSize);
        purge = new OutboxPurge(persistence.outbox(), persistence.transactions(), clock, purgeBatchSize);
    }

    @Produces
    @ApplicationScoped
    RelayEventsUseCase relayEvents() {
        return relay;
    }

    @Produces
    @ApplicationScoped
    OutboxBacklogQuery outboxBacklog() {
        return relay;
    }

    @Produces
    @ApplicationScoped
    PurgePublishedEventsUseCase purgePublishedEvents() {
        return purge;
    }
}

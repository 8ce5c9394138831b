package se.esp.adapter.persistence.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.esp.adapter.persistence.memory.InMemoryStore;
import se.esp.application.port.out.OpenDeliveries;
import se.esp.domain.matching.OpenDelivery;

/**
 * Planned and running deliveries in memory, until deliveries are stored (the deliveries area then implements
 * {@link OpenDeliveries} over its own storage). Scenarios and embedders put deliveries here.
 */
public final class InMemoryOpenDeliveries implements OpenDeliveries, InMemoryStore {

    private Map<UUID, OpenDelivery> deliveries = new LinkedHashMap<>();

    /** A delivery is planned, or changed (more participants); replaces the one with the same id. */
    public synchronized void put(OpenDelivery delivery) {
        deliveries.put(delivery.id(), delivery);
    }

    /** The delivery ended or was cancelled: it no longer books its resource's time. */
    public synchronized void remove(UUID delivery) {
        deliveries.remove(delivery);
    }

    @Override
    public synchronized List<OpenDelivery> current() {
        return List.copyOf(deliveries.values());
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(deliveries);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        deliveries = new LinkedHashMap<>((Map<UUID, OpenDelivery>) snapshot);
    }
}

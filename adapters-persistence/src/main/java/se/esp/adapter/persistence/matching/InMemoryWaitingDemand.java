package se.esp.adapter.persistence.matching;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.esp.adapter.persistence.memory.InMemoryStore;
import se.esp.application.port.out.WaitingDemand;
import se.esp.domain.matching.ApplicationRef;
import se.esp.domain.matching.WaitingApplication;

/**
 * Waiting demand in memory, until applications are stored (the applications area then implements
 * {@link WaitingDemand} over its own storage, in memory and in JPA). Scenarios and embedders put applications here.
 */
public final class InMemoryWaitingDemand implements WaitingDemand, InMemoryStore {

    private Map<ApplicationRef, WaitingApplication> waiting = new LinkedHashMap<>();

    /** An application starts (or goes on) waiting; a database keeps its received-at to the microsecond, so does this. */
    public synchronized void put(WaitingApplication application) {
        waiting.put(application.id(), new WaitingApplication(application.id(), application.offeringVersion(),
                application.consumer(), application.participants(), application.language(),
                application.earliestStart(), application.urgent(),
                application.receivedAt().truncatedTo(ChronoUnit.MICROS)));
    }

    /** The application no longer waits (placed, cancelled, rejected). */
    public synchronized void remove(ApplicationRef application) {
        waiting.remove(application);
    }

    @Override
    public synchronized List<WaitingApplication> waiting() {
        return List.copyOf(waiting.values());
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(waiting);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        waiting = new LinkedHashMap<>((Map<ApplicationRef, WaitingApplication>) snapshot);
    }
}

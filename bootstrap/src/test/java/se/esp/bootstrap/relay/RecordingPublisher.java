package se.esp.bootstrap.relay;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.esp.application.port.out.EventPublisher;
import se.esp.application.port.out.OutboxEntry;
import se.esp.application.port.out.PublishOutcome;

/**
 * Passes entries to a real publisher and remembers which ones it reported accepted, so a test can tell a relay
 * that published an entry twice from a broker that dropped the repeat.
 */
final class RecordingPublisher implements EventPublisher {

    private final EventPublisher publisher;
    private final List<UUID> accepted = new ArrayList<>();

    RecordingPublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public PublishOutcome publish(List<OutboxEntry> entries) {
        PublishOutcome outcome = publisher.publish(entries);
        synchronized (accepted) {
            entries.subList(0, outcome.accepted()).forEach(entry -> accepted.add(entry.eventId()));
        }
        return outcome;
    }

    List<UUID> accepted() {
        synchronized (accepted) {
            return List.copyOf(accepted);
        }
    }
}

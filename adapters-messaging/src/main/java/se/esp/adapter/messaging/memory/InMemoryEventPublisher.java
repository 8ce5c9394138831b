package se.esp.adapter.messaging.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import se.esp.adapter.messaging.events.EventEnvelope;
import se.esp.application.port.out.EventPublisher;
import se.esp.application.port.out.OutboxEntry;
import se.esp.application.port.out.PublishOutcome;

/**
 * The events topic in memory, for scenarios and for developers embedding the library without a broker: keeps
 * every message published (the same envelope JSON as on the topic) and hands each to the subscribers. It can be
 * made unavailable, at once or after a number of messages, to play a broker outage.
 */
public final class InMemoryEventPublisher implements EventPublisher {

    private final List<OutboxEntry> published = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final List<Consumer<String>> subscribers = new CopyOnWriteArrayList<>();
    private int acceptedBeforeOutage = Integer.MAX_VALUE;

    @Override
    public synchronized PublishOutcome publish(List<OutboxEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            if (acceptedBeforeOutage == 0) {
                return PublishOutcome.stoppedAfter(i, "the in-memory broker is unavailable");
            }
            if (acceptedBeforeOutage != Integer.MAX_VALUE) {
                acceptedBeforeOutage--;
            }
            String message = EventEnvelope.toJson(entries.get(i));
            published.add(entries.get(i));
            messages.add(message);
            subscribers.forEach(subscriber -> subscriber.accept(message));
        }
        return PublishOutcome.allAccepted(entries.size());
    }

    /** Every later message is refused until {@link #available()}. */
    public synchronized void unavailable() {
        acceptedBeforeOutage = 0;
    }

    /** The next {@code count} messages are accepted, every later one refused until {@link #available()}. */
    public synchronized void unavailableAfter(int count) {
        acceptedBeforeOutage = count;
    }

    public synchronized void available() {
        acceptedBeforeOutage = Integer.MAX_VALUE;
    }

    /** Receives the body of every message published from now on, on the publishing thread. */
    public void subscribe(Consumer<String> subscriber) {
        subscribers.add(Objects.requireNonNull(subscriber, "subscriber"));
    }

    /** The entries published so far, in the order published. */
    public synchronized List<OutboxEntry> published() {
        return List.copyOf(published);
    }

    /** The message bodies published so far, in the order published. */
    public synchronized List<String> messages() {
        return List.copyOf(messages);
    }
}

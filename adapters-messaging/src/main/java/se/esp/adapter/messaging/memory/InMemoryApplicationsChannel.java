package se.esp.adapter.messaging.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import se.esp.adapter.messaging.inbound.InboundApplicationHandler;
import se.esp.adapter.messaging.inbound.InboundMessage;
import se.esp.adapter.messaging.inbound.InboundOutcome;
import se.esp.adapter.messaging.inbound.InboundReplies;

/**
 * The inbound applications queue in memory, for scenarios and for embedding the library without a broker: each
 * message sent is handed to the same {@link InboundApplicationHandler} the JMS listener uses; what it rejects is
 * kept as a dead letter, and every outcome as the reply the JMS listener would send.
 */
public final class InMemoryApplicationsChannel {

    /** A message on the dead-letter queue: the original and why. */
    public record DeadLetter(InboundMessage original, InboundOutcome.Rejected rejection) {
    }

    private final InboundApplicationHandler handler;
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final Map<String, String> replies = new HashMap<>();

    public InMemoryApplicationsChannel(InboundApplicationHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /** Sends a new message (a new message id) and returns what became of it. */
    public InboundOutcome send(String body, Map<String, Object> properties) {
        return deliver(new InboundMessage(body, properties, "ID:" + UUID.randomUUID(), null));
    }

    /** Delivers a message as the broker does, also again (a redelivery keeps its message id). */
    public synchronized InboundOutcome deliver(InboundMessage message) {
        InboundOutcome outcome = handler.handle(message);
        if (outcome instanceof InboundOutcome.Rejected rejected) {
            deadLetters.add(new DeadLetter(message, rejected));
        }
        replies.put(message.replyCorrelationId(), InboundReplies.json(outcome));
        return outcome;
    }

    public synchronized List<DeadLetter> deadLetters() {
        return List.copyOf(deadLetters);
    }

    /** The reply JSON correlated with a message id (or correlation id). */
    public synchronized String reply(String correlationId) {
        return replies.get(correlationId);
    }
}

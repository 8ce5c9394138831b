package se.esp.adapter.messaging.inbound;

import java.util.Map;
import java.util.Objects;

/**
 * A message from the inbound applications queue as the handler sees it, free of the broker API so the same handler
 * serves the JMS consumer and the in-memory channel.
 *
 * @param body          the text body; {@code null} when the message was not a text message
 * @param properties    the message's properties by name (strings, numbers, booleans)
 * @param messageId     the broker's message id ({@code JMSMessageID}), the same on every redelivery
 * @param correlationId the sender's {@code JMSCorrelationID}, or {@code null}
 */
public record InboundMessage(String body, Map<String, Object> properties, String messageId, String correlationId) {

    public InboundMessage {
        properties = Map.copyOf(properties);
        Objects.requireNonNull(messageId, "messageId");
    }

    /** The string value of a property, or {@code null}. */
    public String property(String name) {
        Object value = properties.get(name);
        return value == null ? null : value.toString();
    }

    /** The id a reply correlates with: the request's correlation id, else its message id. */
    public String replyCorrelationId() {
        return correlationId == null || correlationId.isBlank() ? messageId : correlationId;
    }
}

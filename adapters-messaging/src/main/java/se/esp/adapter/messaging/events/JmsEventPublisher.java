package se.esp.adapter.messaging.events;

import java.util.List;
import java.util.Objects;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import se.esp.application.port.out.EventPublisher;
import se.esp.application.port.out.OutboxEntry;
import se.esp.application.port.out.PublishOutcome;

/**
 * Publishes outbox entries to a Jakarta Messaging topic as persistent text messages whose body is the
 * {@link EventEnvelope}. Each send is synchronous (a persistent message outside a transaction), so when
 * {@code send} returns the broker has stored the message; that is what "accepted" means here.
 *
 * <p>Besides the body, each message carries the envelope's routing fields as properties, so subscribers can
 * select without parsing JSON; {@value #GROUP} groups an aggregate's messages for brokers that keep a group in
 * order across competing consumers; and {@value #DUPLICATE_ID} lets ActiveMQ Artemis drop a repeat of a message it
 * already stored (other brokers ignore the property; consumers drop repeats by {@code eventId}).</p>
 */
public final class JmsEventPublisher implements EventPublisher {

    public static final String EVENT_TYPE = "eventType";
    public static final String SCHEMA_VERSION = "schemaVersion";
    public static final String EVENT_ID = "eventId";
    public static final String AGGREGATE_TYPE = "aggregateType";
    public static final String AGGREGATE_ID = "aggregateId";
    public static final String GROUP = "JMSXGroupID";
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private final ConnectionFactory connectionFactory;
    private final Topic topic;

    public JmsEventPublisher(ConnectionFactory connectionFactory, Topic topic) {
        this.connectionFactory = Objects.requireNonNull(connectionFactory, "connectionFactory");
        this.topic = Objects.requireNonNull(topic, "topic");
    }

    @Override
    public PublishOutcome publish(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return PublishOutcome.allAccepted(0);
        }
        int accepted = 0;
        try (JMSContext context = connectionFactory.createContext()) {
            JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (OutboxEntry entry : entries) {
                producer.send(topic, message(context, entry));
                accepted++;
            }
        } catch (JMSRuntimeException | JMSException e) {
            if (accepted < entries.size()) {
                return PublishOutcome.stoppedAfter(accepted, "the broker did not accept event "
                        + entries.get(accepted).eventId() + ": " + describe(e));
            }
            // every message was stored before closing the connection failed: nothing to repeat
        }
        return PublishOutcome.allAccepted(accepted);
    }

    private static TextMessage message(JMSContext context, OutboxEntry entry) throws JMSException {
        TextMessage message = context.createTextMessage(EventEnvelope.toJson(entry));
        message.setJMSType(entry.eventType());
        message.setStringProperty(EVENT_TYPE, entry.eventType());
        message.setIntProperty(SCHEMA_VERSION, entry.schemaVersion());
        message.setStringProperty(EVENT_ID, entry.eventId().toString());
        message.setStringProperty(AGGREGATE_TYPE, entry.aggregateType());
        message.setStringProperty(AGGREGATE_ID, entry.aggregateId());
        message.setStringProperty(GROUP, entry.aggregateType() + ":" + entry.aggregateId());
        message.setStringProperty(DUPLICATE_ID, entry.eventId().toString());
        return message;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && text.length() < 500; cause = cause.getCause()) {
            text.append("; ").append(cause.getMessage());
        }
        return text.toString();
    }
}

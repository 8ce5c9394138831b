package se.esp.adapter.messaging.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;

/**
 * A durable subscription to the events topic, as a downstream system would hold one: it keeps every message
 * published after {@link #create} until it is read, across broker restarts.
 */
public final class EventSubscription {

    private final ConnectionFactory connectionFactory;
    private final Topic topic;
    private final String name;

    private EventSubscription(ConnectionFactory connectionFactory, Topic topic, String name) {
        this.connectionFactory = connectionFactory;
        this.topic = topic;
        this.name = name;
    }

    public static EventSubscription create(ConnectionFactory connectionFactory, Topic topic, String name) {
        EventSubscription subscription = new EventSubscription(Objects.requireNonNull(connectionFactory),
                Objects.requireNonNull(topic), Objects.requireNonNull(name));
        try (JMSContext context = subscription.context()) {
            context.createDurableConsumer(topic, name).close();
        }
        return subscription;
    }

    /** A message as received: its body and the properties the publisher sets. */
    public record Received(String body, String eventId, String eventType, String aggregateId, String group,
                           String jmsType) {
    }

    /**
     * Reads every waiting message, in order, until none arrives for {@code quiet}, or {@code expected} were read.
     */
    public List<Received> receive(int expected, Duration quiet) {
        List<Received> received = new ArrayList<>();
        try (JMSContext context = context()) {
            JMSConsumer consumer = context.createDurableConsumer(topic, name);
            while (received.size() < expected) {
                Message message = consumer.receive(quiet.toMillis());
                if (message == null) {
                    break;
                }
                received.add(read(message));
            }
            consumer.close();
        }
        return received;
    }

    /**
     * Reads the {@code expected} messages, waiting up to {@code patience} for each (a loaded machine may be slow to
     * deliver the first after a broker restart), then whatever else arrives within half a second — so a message
     * too many is still seen, and a slow one is no reason to fail.
     */
    public List<Received> receiveExactly(int expected, Duration patience) {
        List<Received> received = new ArrayList<>(receive(expected, patience));
        received.addAll(receive(Integer.MAX_VALUE, Duration.ofMillis(500)));
        return received;
    }

    private JMSContext context() {
        JMSContext context = connectionFactory.createContext();
        context.setClientID("esp-test-" + name);
        return context;
    }

    private static Received read(Message message) {
        try {
            return new Received(((TextMessage) message).getText(), message.getStringProperty("eventId"),
                    message.getStringProperty("eventType"), message.getStringProperty("aggregateId"),
                    message.getStringProperty("JMSXGroupID"), message.getJMSType());
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}

package se.esp.adapter.messaging.inbound;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import se.esp.adapter.messaging.inbound.InboundOutcome.Accepted;
import se.esp.adapter.messaging.inbound.InboundOutcome.Rejected;

/**
 * The listener on the inbound applications queue: one thread (in the server a managed one, bootstrap
 * {@code inbound/InboundApplicationsListener}) receiving in a <em>transacted</em> session. For each message, in one
 * broker transaction: the {@link InboundApplicationHandler} decides; a rejected message is sent to the dead-letter
 * queue with its body, its properties and {@value #REASON}/{@value #DETAIL}; a reply goes to {@code JMSReplyTo} if
 * set; then the session commits, which removes the message from the queue and releases the dead letter and the
 * reply together. A crash before the commit leaves the message on the queue and sends nothing.
 *
 * <p>The database has its own transactions (the use case's); it commits before the broker does. If the broker
 * commit then fails, the message comes again and the idempotency key (the sender's, or the one derived from the
 * message id) makes the use case return the application it already stored: at-least-once delivery, exactly-once
 * effect.</p>
 *
 * <p>A handler failure that may pass (database unavailable, a concurrent change) rolls the session back after
 * {@link Settings#retryDelay()}, so the broker delivers the message again; the {@link Settings#maxDeliveries()}+1-th
 * delivery is dead-lettered as {@link DeadLetterReason#REDELIVERY_EXHAUSTED} with the last failure as detail. The
 * delivery count is the broker's {@code JMSXDeliveryCount}, else counted here. A broker outage closes the session;
 * the listener reconnects every {@code retryDelay} until it is stopped.</p>
 */
public final class JmsApplicationConsumer implements Runnable {

    public static final String REASON = "deadLetterReason";
    public static final String DETAIL = "deadLetterDetail";
    public static final String ORIGINAL_MESSAGE_ID = "originalMessageId";
    public static final String DEAD_LETTERED_AT = "deadLetteredAt";
    private static final int MAX_DETAIL = 2000;

    private static final Logger LOG = Logger.getLogger(JmsApplicationConsumer.class.getName());

    /**
     * @param maxDeliveries deliveries a transient failure may take before the message is dead-lettered; keep it
     *                      below the broker's own limit (Artemis {@code max-delivery-attempts}, Liberty's queue
     *                      {@code maxRedeliveryCount}), or the broker moves the message first
     * @param receiveWait   how long one receive waits (and so how quickly {@link #stop()} takes effect)
     * @param retryDelay    the pause before a failed message is rolled back, and between reconnections
     */
    public record Settings(int maxDeliveries, Duration receiveWait, Duration retryDelay) {

        public static final Settings DEFAULT = new Settings(5, Duration.ofSeconds(1), Duration.ofSeconds(1));

        public Settings {
            if (maxDeliveries < 1) {
                throw new IllegalArgumentException("at least one delivery");
            }
        }
    }

    /** Runs just before the broker commit; tests use it to play a crash at the worst moment. */
    @FunctionalInterface
    public interface BeforeCommit {
        BeforeCommit NOTHING = (message, outcome) -> { };

        void run(InboundMessage message, InboundOutcome outcome);
    }

    private final ConnectionFactory connectionFactory;
    private final Queue inbound;
    private final Queue deadLetters;
    private final InboundApplicationHandler handler;
    private final InboundMetrics metrics;
    private final Settings settings;
    private final BeforeCommit beforeCommit;
    private final Map<String, String> lastFailures = Collections.synchronizedMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 1000;
        }
    });
    private final Map<String, Integer> deliveries = Collections.synchronizedMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > 1000;
        }
    });
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile boolean connected;
    private volatile String lastProblem;

    public JmsApplicationConsumer(ConnectionFactory connectionFactory, Queue inbound, Queue deadLetters,
                                  InboundApplicationHandler handler, InboundMetrics metrics, Settings settings) {
        this(connectionFactory, inbound, deadLetters, handler, metrics, settings, BeforeCommit.NOTHING);
    }

    public JmsApplicationConsumer(ConnectionFactory connectionFactory, Queue inbound, Queue deadLetters,
                                  InboundApplicationHandler handler, InboundMetrics metrics, Settings settings,
                                  BeforeCommit beforeCommit) {
        this.connectionFactory = Objects.requireNonNull(connectionFactory, "connectionFactory");
        this.inbound = Objects.requireNonNull(inbound, "inbound");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.beforeCommit = Objects.requireNonNull(beforeCommit, "beforeCommit");
    }

    @Override
    public void run() {
        try {
            while (running) {
                try (JMSContext context = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED);
                     JMSConsumer consumer = context.createConsumer(inbound)) {
                    JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
                    if (lastProblem != null) {
                        LOG.info("the inbound applications listener is connected again");
                        lastProblem = null;
                    }
                    connected = true;
                    while (running) {
                        Message message = consumer.receive(settings.receiveWait().toMillis());
                        if (message != null) {
                            process(context, producer, message);
                        }
                    }
                } catch (RuntimeException | JMSException e) {
                    connected = false;
                    if (running) {
                        if (lastProblem == null) {
                            LOG.log(Level.WARNING, "the inbound applications listener lost its session; it reconnects"
                                    + " every " + settings.retryDelay() + ": " + e, e);
                        }
                        lastProblem = e.toString();
                        pause();
                    }
                }
            }
        } finally {
            connected = false;
            finished.countDown();
        }
    }

    /** Asks the listener to stop after the message in hand; {@link #awaitStopped} waits for it. */
    public void stop() {
        running = false;
    }

    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the listener holds a session on the queue now (false while the broker is unreachable). */
    public boolean isConnected() {
        return connected && running;
    }

    /** Whether the listener thread is still looping (it survives bad messages and broker outages). */
    public boolean isRunning() {
        return finished.getCount() > 0;
    }

    private void process(JMSContext context, JMSProducer producer, Message message) throws JMSException {
        InboundMessage inboundMessage = read(message);
        int delivery = deliveryCount(message, inboundMessage.messageId());
        if (delivery == 1) {
            metrics.received();
        }
        InboundOutcome outcome;
        if (delivery > settings.maxDeliveries()) {
            outcome = Rejected.of(DeadLetterReason.REDELIVERY_EXHAUSTED, "not accepted in " + (delivery - 1)
                    + " deliveries; the last failure: "
                    + lastFailures.getOrDefault(inboundMessage.messageId(), "unknown (on another server)"));
        } else {
            try {
                outcome = handler.handle(inboundMessage);
            } catch (RuntimeException e) {
                lastFailures.put(inboundMessage.messageId(), e.toString());
                LOG.log(Level.WARNING, "inbound message " + inboundMessage.messageId() + " failed in delivery "
                        + delivery + " of " + settings.maxDeliveries() + "; it is rolled back for another: " + e, e);
                pause();
                context.rollback();
                return;
            }
        }
        if (outcome instanceof Rejected rejected) {
            producer.send(deadLetters, deadLetter(context, message, inboundMessage, rejected));
        }
        reply(context, message, inboundMessage, outcome);
        beforeCommit.run(inboundMessage, outcome);
        context.commit();
        lastFailures.remove(inboundMessage.messageId());
        deliveries.remove(inboundMessage.messageId());
        if (outcome instanceof Accepted accepted) {
            if (accepted.created()) {
                metrics.accepted();
            } else {
                metrics.duplicate();
            }
        } else {
            Rejected rejected = (Rejected) outcome;
            metrics.deadLettered(rejected.reason());
            LOG.info(() -> "inbound message " + inboundMessage.messageId() + " dead-lettered: " + rejected.reason()
                    + " (" + rejected.detail() + ")");
        }
    }

    private void reply(JMSContext context, Message message, InboundMessage inboundMessage, InboundOutcome outcome)
            throws JMSException {
        Destination replyTo = message.getJMSReplyTo();
        if (replyTo == null) {
            return;
        }
        TextMessage reply = context.createTextMessage(InboundReplies.json(outcome));
        reply.setJMSCorrelationID(inboundMessage.replyCorrelationId());
        try {
            context.createProducer().setDeliveryMode(message.getJMSDeliveryMode()).send(replyTo, reply);
        } catch (jakarta.jms.InvalidDestinationRuntimeException e) {
            // the requester has gone (e.g. its temporary queue was deleted); the outcome stands without a reply
            LOG.info(() -> "no reply for inbound message " + inboundMessage.messageId() + ": " + e.getMessage());
        }
    }

    private static Message deadLetter(JMSContext context, Message original, InboundMessage inboundMessage,
                                      Rejected rejected) throws JMSException {
        Message copy;
        if (original instanceof TextMessage text) {
            copy = context.createTextMessage(text.getText());
        } else if (original instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.reset();
            bytes.readBytes(body);
            BytesMessage bytesCopy = context.createBytesMessage();
            bytesCopy.writeBytes(body);
            copy = bytesCopy;
        } else {
            copy = context.createMessage();
        }
        for (Map.Entry<String, Object> property : inboundMessage.properties().entrySet()) {
            if (copied(property.getKey())) {
                copy.setObjectProperty(property.getKey(), property.getValue());
            }
        }
        copy.setJMSType(original.getJMSType());
        if (original.getJMSCorrelationID() != null) {
            copy.setJMSCorrelationID(original.getJMSCorrelationID());
        }
        copy.setStringProperty(ORIGINAL_MESSAGE_ID, inboundMessage.messageId());
        copy.setStringProperty(REASON, rejected.reason().name());
        String detail = rejected.detail() == null ? rejected.reason().name() : rejected.detail();
        copy.setStringProperty(DETAIL, detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "…" : detail);
        copy.setStringProperty(DEAD_LETTERED_AT, Instant.now().toString());
        return copy;
    }

    /**
     * Properties a dead letter keeps: the sender's own. Not the bearer token (a credential, and worthless once it
     * expires: whoever resends the message signs it anew), nor the broker's own ({@code JMSX…}, {@code JMS_…},
     * Artemis {@code _AMQ_…}), which a client may not set.
     */
    private static boolean copied(String name) {
        return !name.equalsIgnoreCase(InboundApplicationHandler.AUTHORIZATION) && !name.startsWith("JMSX")
                && !name.startsWith("JMS_") && !name.startsWith("_AMQ") && !name.startsWith("__");
    }

    private static InboundMessage read(Message message) throws JMSException {
        Map<String, Object> properties = new HashMap<>();
        for (Enumeration<?> names = message.getPropertyNames(); names.hasMoreElements(); ) {
            String name = (String) names.nextElement();
            Object value = message.getObjectProperty(name);
            if (value != null) {
                properties.put(name, value);
            }
        }
        String body = message instanceof TextMessage text ? text.getText() : null;
        // a sender that disabled message ids gets no protection against redelivery without a key of its own
        String messageId = message.getJMSMessageID() == null ? "no-id:" + java.util.UUID.randomUUID()
                : message.getJMSMessageID();
        return new InboundMessage(body, properties, messageId, message.getJMSCorrelationID());
    }

    private int deliveryCount(Message message, String messageId) throws JMSException {
        if (message.propertyExists("JMSXDeliveryCount")) {
            try {
                return message.getIntProperty("JMSXDeliveryCount");
            } catch (RuntimeException | JMSException e) {
                // not a number on this broker: count here
            }
        }
        if (!message.getJMSRedelivered()) {
            deliveries.put(messageId, 1);
            return 1;
        }
        return deliveries.compute(messageId, (id, seen) -> seen == null ? 2 : seen + 1);
    }

    private void pause() {
        try {
            Thread.sleep(settings.retryDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}

package se.esp.bootstrap.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import se.esp.adapter.common.testing.TestIdentityProvider;
import se.esp.adapter.messaging.inbound.DeadLetterReason;
import se.esp.adapter.messaging.inbound.InboundApplicationHandler;
import se.esp.adapter.messaging.inbound.InboundMessage;
import se.esp.adapter.messaging.inbound.InboundMetrics;
import se.esp.adapter.messaging.inbound.InboundOutcome;
import se.esp.adapter.messaging.inbound.JmsApplicationConsumer;
import se.esp.adapter.messaging.testing.EmbeddedArtemis;
import se.esp.application.port.in.application.SubmitApplicationUseCase;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * The inbound applications queue end to end outside the server: a real broker (ActiveMQ Artemis, embedded), the
 * listener the server runs, and the real application services over in-memory storage with the demo data. Every good
 * message becomes exactly one application, every bad one lands on the dead-letter queue with its reason, nothing is
 * lost or doubled — also when a message comes again, when processing fails for a while, or when the listener
 * crashes between its work and the broker's commit — and each reply correlates with its request.
 */
class InboundApplicationsOverArtemisTest {

    private static final int MAX_DELIVERIES = 3;

    private InboundWorld world;
    private EmbeddedArtemis artemis;
    private Queue in;
    private Queue deadLetters;
    private Queue replies;
    private final RecordingMetrics metrics = new RecordingMetrics();
    private final List<JmsApplicationConsumer> consumers = new ArrayList<>();
    private String arabic;

    @BeforeEach
    void start() {
        world = new InboundWorld();
        artemis = EmbeddedArtemis.start();
        in = artemis.queue(EmbeddedArtemis.APPLICATIONS_IN);
        deadLetters = artemis.queue(EmbeddedArtemis.APPLICATIONS_DEAD_LETTER);
        replies = artemis.queue("test.replies");
        arabic = world.versionId(InboundWorld.ARABIC_STUDY_GUIDANCE);
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (JmsApplicationConsumer consumer : consumers) {
            consumer.stop();
            consumer.awaitStopped(Duration.ofSeconds(10));
        }
        artemis.close();
    }

    /** With one listener and with several on the queue, as a server runs them ({@code esp.inbound.listeners}). */
    @ParameterizedTest(name = "{0} listener(s)")
    @ValueSource(ints = {1, 4})
    void aThousandMessagesFivePercentBadEachGoodOneOneApplicationEachBadOneDeadLetteredWithItsReason(int listeners)
            throws Exception {
        long olofstromBefore = world.applicationCount(InboundWorld.OLOFSTROM);
        long borlangeBefore = world.applicationCount(InboundWorld.BORLANGE);
        for (int i = 0; i < listeners; i++) {
            listen(world.applications, JmsApplicationConsumer.BeforeCommit.NOTHING);
        }
        Map<String, DeadLetterReason> expectedBad = new HashMap<>();
        Map<String, String> sentBodies = new HashMap<>();
        int olofstrom = 0;
        int borlange = 0;
        String supplierToken = world.token("ronneby-supplier", world.organisationId(InboundWorld.RONNEBY),
                "SUPPLIER_STAFF");
        TestIdentityProvider forger = new TestIdentityProvider();
        try (JMSContext context = artemis.connectionFactory().createContext()) {
            for (int i = 0; i < 1000; i++) {
                String correlation = "request-" + i;
                String organisation = i % 2 == 0 ? InboundWorld.OLOFSTROM : InboundWorld.BORLANGE;
                String token = world.consumerToken(organisation);
                String body = world.validBody(arabic);
                DeadLetterReason bad = null;
                if (i % 20 == 7) { // 50 of 1000 are bad, of every kind
                    switch ((i / 20) % 6) {
                        case 0 -> { bad = DeadLetterReason.MALFORMED_JSON; body = "{\"offeringVersionId\": "; }
                        case 1 -> { bad = DeadLetterReason.SCHEMA_VIOLATION; body = body.replace("\"urgent\":false",
                                "\"urgent\":\"no\",\"colour\":\"blue\""); }
                        case 2 -> { bad = DeadLetterReason.UNKNOWN_OFFERING; body = world.validBody(
                                UUID.randomUUID().toString()); }
                        case 3 -> { bad = DeadLetterReason.VALIDATION_FAILED; body = body.replaceFirst(
                                "\"earliestStart\":\"[0-9-]+\"", "\"earliestStart\":\"2020-01-01\""); }
                        case 4 -> { bad = DeadLetterReason.UNAUTHENTICATED; token = switch (i % 3) {
                            case 0 -> null;
                            case 1 -> forger.claims("mallory").organisation(world.organisationId(organisation))
                                    .groups("CONSUMER_STAFF").sign();
                            default -> world.expiredToken("case-officer", world.organisationId(organisation),
                                    "CONSUMER_STAFF");
                        }; }
                        default -> { bad = DeadLetterReason.ACCESS_DENIED; token = supplierToken; }
                    }
                    expectedBad.put(correlation, bad);
                } else if (organisation.equals(InboundWorld.OLOFSTROM)) {
                    olofstrom++;
                } else {
                    borlange++;
                }
                sentBodies.put(correlation, body);
                TextMessage message = context.createTextMessage(body);
                message.setJMSCorrelationID(correlation);
                message.setJMSReplyTo(replies);
                if (token != null) {
                    message.setStringProperty(InboundApplicationHandler.AUTHORIZATION, "Bearer " + token);
                }
                if (i % 3 == 0) {
                    message.setStringProperty(InboundApplicationHandler.IDEMPOTENCY_KEY, "case-" + i);
                }
                message.setStringProperty("senderSystem", "test-case-system");
                context.createProducer().send(in, message);
            }
        }
        assertThat(expectedBad).hasSize(50);
        assertThat(Set.copyOf(expectedBad.values())).hasSize(6);

        Map<String, JsonObject> answers = awaitReplies(1000, Duration.ofMinutes(4));

        assertThat(answers).hasSize(1000);
        Set<String> applicationIds = new HashSet<>();
        answers.forEach((correlation, reply) -> {
            DeadLetterReason bad = expectedBad.get(correlation);
            if (bad == null) {
                assertThat(reply.getString("status")).as(correlation + ": " + reply).isEqualTo("ACCEPTED");
                assertThat(reply.getBoolean("created")).isTrue();
                applicationIds.add(reply.getString("applicationId"));
            } else {
                assertThat(reply.getString("status")).as(correlation).isEqualTo("REJECTED");
                assertThat(reply.getString("reason")).as(correlation + ": " + reply).isEqualTo(bad.name());
            }
        });
        assertThat(applicationIds).as("one application per good message").hasSize(950);
        assertThat(world.applicationCount(InboundWorld.OLOFSTROM)).isEqualTo(olofstromBefore + olofstrom);
        assertThat(world.applicationCount(InboundWorld.BORLANGE)).isEqualTo(borlangeBefore + borlange);

        Map<String, Message> dead = drain(deadLetters);
        assertThat(dead.keySet()).isEqualTo(expectedBad.keySet());
        for (Map.Entry<String, Message> entry : dead.entrySet()) {
            Message letter = entry.getValue();
            assertThat(letter.getStringProperty(JmsApplicationConsumer.REASON))
                    .isEqualTo(expectedBad.get(entry.getKey()).name());
            assertThat(letter.getStringProperty(JmsApplicationConsumer.DETAIL)).isNotBlank();
            assertThat(((TextMessage) letter).getText()).isEqualTo(sentBodies.get(entry.getKey()));
            assertThat(letter.getStringProperty("senderSystem")).isEqualTo("test-case-system");
            assertThat(letter.propertyExists(InboundApplicationHandler.AUTHORIZATION))
                    .as("the token is not kept").isFalse();
            assertThat(letter.getStringProperty(JmsApplicationConsumer.ORIGINAL_MESSAGE_ID)).startsWith("ID:");
        }
        assertThat(dead.values().stream().filter(m -> DeadLetterReason.SCHEMA_VIOLATION.name()
                .equals(property(m, JmsApplicationConsumer.REASON))).map(m -> property(m, JmsApplicationConsumer.DETAIL)))
                .allSatisfy(detail -> assertThat(detail).contains("urgent").contains("colour"));
        assertThat(waiting(in)).as("nothing left on the queue").isZero();
        assertThat(consumers).hasSize(listeners).allSatisfy(consumer -> {
            assertThat(consumer.isRunning()).isTrue();
            assertThat(consumer.isConnected()).isTrue();
        });
        assertThat(metrics.received.get()).isEqualTo(1000);
        assertThat(metrics.accepted.get()).isEqualTo(950);
        assertThat(metrics.deadLettered()).hasSize(6).allSatisfy((reason, count) ->
                assertThat(count.get()).isEqualTo(expectedBad.values().stream().filter(reason::equals).count()));
    }

    @Test
    void theSameApplicationSentAgainOrDeliveredAgainCreatesNothingTwice() throws Exception {
        long before = world.applicationCount(InboundWorld.OLOFSTROM);
        // The listener crashes once after the use case stored the application of "redelivered", before the commit.
        AtomicInteger crashes = new AtomicInteger();
        listen(world.applications, (message, outcome) -> {
            if ("redelivered".equals(message.correlationId()) && crashes.getAndIncrement() == 0) {
                throw new IllegalStateException("the server dies before the broker commits");
            }
        });
        String token = world.consumerToken(InboundWorld.OLOFSTROM);
        String withKey = world.validBody(arabic);
        send(withKey, token, "olofstrom-0042", "again-1");
        send(withKey, token, "olofstrom-0042", "again-2");
        send(withKey, token, "olofstrom-0042", "again-3");
        send(world.validBody(arabic), token, null, "redelivered");

        Map<String, JsonObject> answers = awaitReplies(4, Duration.ofSeconds(60));

        assertThat(answers.get("again-1").getBoolean("created")).isTrue();
        assertThat(answers.get("again-2").getBoolean("created")).isFalse();
        assertThat(answers.get("again-3").getBoolean("created")).isFalse();
        assertThat(List.of(answers.get("again-2").getString("applicationId"),
                answers.get("again-3").getString("applicationId")))
                .containsOnly(answers.get("again-1").getString("applicationId"));
        assertThat(crashes.get()).as("the crash happened, the message came again").isEqualTo(2);
        assertThat(answers.get("redelivered").getString("status")).isEqualTo("ACCEPTED");
        assertThat(answers.get("redelivered").getBoolean("created")).as("the redelivery found the first").isFalse();
        assertThat(world.applicationCount(InboundWorld.OLOFSTROM)).isEqualTo(before + 2);
        assertThat(metrics.duplicates.get()).isEqualTo(3);
        assertThat(drain(deadLetters)).isEmpty();
    }

    @Test
    void theSameKeyTakenByFourListenersAtOnceCreatesOneApplication() throws Exception {
        long before = world.applicationCount(InboundWorld.OLOFSTROM);
        for (int i = 0; i < 4; i++) {
            listen(world.applications, JmsApplicationConsumer.BeforeCommit.NOTHING);
        }
        String token = world.consumerToken(InboundWorld.OLOFSTROM);
        String body = world.validBody(arabic);
        for (int i = 0; i < 20; i++) {
            send(body, token, "olofstrom-0043", "same-" + i);
        }

        Map<String, JsonObject> answers = awaitReplies(20, Duration.ofSeconds(60));

        assertThat(answers).hasSize(20);
        assertThat(answers.values()).allSatisfy(reply -> assertThat(reply.getString("status")).isEqualTo("ACCEPTED"));
        assertThat(answers.values().stream().map(reply -> reply.getString("applicationId")).distinct()).hasSize(1);
        assertThat(answers.values().stream().filter(reply -> reply.getBoolean("created"))).hasSize(1);
        assertThat(world.applicationCount(InboundWorld.OLOFSTROM)).isEqualTo(before + 1);
        assertThat(metrics.accepted.get()).isEqualTo(1);
        assertThat(metrics.duplicates.get()).isEqualTo(19);
        assertThat(drain(deadLetters)).isEmpty();
    }

    @Test
    void aCrashBetweenTheDeadLetterAndTheCommitSendsNoDeadLetterAndLosesNoMessage() throws Exception {
        AtomicInteger crashes = new AtomicInteger();
        JmsApplicationConsumer consumer = listen(world.applications, (message, outcome) -> {
            if (outcome instanceof InboundOutcome.Rejected && crashes.getAndIncrement() == 0) {
                // The dead letter and the reply are sent in the session; nothing of them may leave without the commit.
                assertThat(waitingCount(deadLetters)).as("the dead letter waits for the commit").isZero();
                throw new IllegalStateException("the server dies before the broker commits");
            }
        });
        send("not json", world.consumerToken(InboundWorld.OLOFSTROM), null, "bad");

        Map<String, JsonObject> answers = awaitReplies(1, Duration.ofSeconds(60));

        assertThat(crashes.get()).isEqualTo(2);
        assertThat(answers.get("bad").getString("reason")).isEqualTo("MALFORMED_JSON");
        Map<String, Message> dead = drain(deadLetters);
        assertThat(dead).as("exactly one dead letter, though the listener sent one twice").containsOnlyKeys("bad");
        assertThat(((TextMessage) dead.get("bad")).getText()).isEqualTo("not json");
        assertThat(waiting(in)).isZero();
        assertThat(consumer.isRunning()).isTrue();
    }

    @Test
    void aTransientFailureIsRetriedNotDeadLetteredAndOneThatLastsIsDeadLetteredAfterTheLastDelivery()
            throws Exception {
        long before = world.applicationCount(InboundWorld.BORLANGE);
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        SubmitApplicationUseCase flaky = (actor, command) -> {
            String key = command.idempotencyKey().value();
            int call = calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (key.startsWith("always-") || call == 1) {
                throw new IllegalStateException("the database is unavailable");
            }
            if (call == 2) {
                throw new DomainException(ErrorCode.STALE_VERSION, "somebody else changed it meanwhile");
            }
            return world.applications.submit(actor, command);
        };
        listen(flaky, JmsApplicationConsumer.BeforeCommit.NOTHING);
        String token = world.consumerToken(InboundWorld.BORLANGE);
        send(world.validBody(arabic), token, "recovers-1", "recovers");
        send(world.validBody(arabic), token, "always-1", "never");

        Map<String, JsonObject> answers = awaitReplies(2, Duration.ofSeconds(60));

        assertThat(answers.get("recovers").getString("status")).isEqualTo("ACCEPTED");
        assertThat(calls.get("recovers-1").get()).isEqualTo(3);
        assertThat(world.applicationCount(InboundWorld.BORLANGE)).isEqualTo(before + 1);
        assertThat(answers.get("never").getString("reason")).isEqualTo("REDELIVERY_EXHAUSTED");
        assertThat(calls.get("always-1").get()).as("tried in every allowed delivery").isEqualTo(MAX_DELIVERIES);
        Map<String, Message> dead = drain(deadLetters);
        assertThat(dead).containsOnlyKeys("never");
        assertThat(property(dead.get("never"), JmsApplicationConsumer.REASON)).isEqualTo("REDELIVERY_EXHAUSTED");
        assertThat(property(dead.get("never"), JmsApplicationConsumer.DETAIL)).contains("the database is unavailable");
        assertThat(metrics.deadLettered().get(DeadLetterReason.REDELIVERY_EXHAUSTED).get()).isEqualTo(1);
    }

    @Test
    void theListenerReconnectsAfterABrokerOutageAndTakesWhatWaited() throws Exception {
        long before = world.applicationCount(InboundWorld.OLOFSTROM);
        JmsApplicationConsumer consumer = listen(world.applications, JmsApplicationConsumer.BeforeCommit.NOTHING);
        awaitTrue(consumer::isConnected, "the listener connects");
        artemis.stop();
        awaitTrue(() -> !consumer.isConnected(), "the listener notices the outage");
        artemis.restart();
        send(world.validBody(arabic), world.consumerToken(InboundWorld.OLOFSTROM), null, "after-outage");

        Map<String, JsonObject> answers = awaitReplies(1, Duration.ofSeconds(60));

        assertThat(answers.get("after-outage").getString("status")).isEqualTo("ACCEPTED");
        assertThat(world.applicationCount(InboundWorld.OLOFSTROM)).isEqualTo(before + 1);
        assertThat(consumer.isRunning()).isTrue();
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            sleep(50);
        }
    }

    @Test
    void repliesCorrelateWithTheMessageIdWhenTheRequestHasNoCorrelationId() throws Exception {
        listen(world.applications, JmsApplicationConsumer.BeforeCommit.NOTHING);
        String messageId;
        try (JMSContext context = artemis.connectionFactory().createContext()) {
            TextMessage message = context.createTextMessage(world.validBody(arabic));
            message.setJMSReplyTo(replies);
            message.setStringProperty(InboundApplicationHandler.AUTHORIZATION,
                    world.consumerToken(InboundWorld.OLOFSTROM));
            context.createProducer().send(in, message);
            messageId = message.getJMSMessageID();
        }

        Map<String, JsonObject> answers = awaitReplies(1, Duration.ofSeconds(30));

        assertThat(answers).containsOnlyKeys(messageId);
        assertThat(answers.get(messageId).getString("applicationStatus")).isIn("MATCHED", "WAITLISTED", "RECEIVED");
    }

    private JmsApplicationConsumer listen(SubmitApplicationUseCase submissions,
                                          JmsApplicationConsumer.BeforeCommit beforeCommit) {
        InboundApplicationHandler handler = world.handler(submissions);
        JmsApplicationConsumer consumer = new JmsApplicationConsumer(artemis.connectionFactory(), in, deadLetters,
                handler, metrics, new JmsApplicationConsumer.Settings(MAX_DELIVERIES, Duration.ofMillis(200),
                Duration.ofMillis(50)), beforeCommit);
        Thread thread = new Thread(consumer, "inbound-test-listener");
        thread.setDaemon(true);
        thread.start();
        consumers.add(consumer);
        return consumer;
    }

    private void send(String body, String token, String idempotencyKey, String correlation) throws JMSException {
        try (JMSContext context = artemis.connectionFactory().createContext()) {
            TextMessage message = context.createTextMessage(body);
            message.setJMSCorrelationID(correlation);
            message.setJMSReplyTo(replies);
            message.setStringProperty(InboundApplicationHandler.AUTHORIZATION, "Bearer " + token);
            if (idempotencyKey != null) {
                message.setStringProperty(InboundApplicationHandler.IDEMPOTENCY_KEY, idempotencyKey);
            }
            context.createProducer().send(in, message);
        }
    }

    /** Reads replies until {@code expected} arrived; by correlation id. */
    private Map<String, JsonObject> awaitReplies(int expected, Duration timeout) throws JMSException {
        Map<String, JsonObject> answers = new HashMap<>();
        Instant deadline = Instant.now().plus(timeout);
        try (JMSContext context = artemis.connectionFactory().createContext();
             JMSConsumer consumer = context.createConsumer(replies)) {
            while (answers.size() < expected && Instant.now().isBefore(deadline)) {
                Message reply = consumer.receive(500);
                if (reply != null) {
                    JsonObject json = Json.createReader(new StringReader(((TextMessage) reply).getText())).readObject();
                    assertThat(answers.put(reply.getJMSCorrelationID(), json)).as("one reply per request").isNull();
                }
            }
        }
        return answers;
    }

    /** Takes every message waiting on the queue; by correlation id. */
    private Map<String, Message> drain(Queue queue) throws JMSException {
        Map<String, Message> messages = new HashMap<>();
        try (JMSContext context = artemis.connectionFactory().createContext();
             JMSConsumer consumer = context.createConsumer(queue)) {
            Message message = consumer.receive(1000);
            while (message != null) {
                assertThat(messages.put(message.getJMSCorrelationID(), message)).as("no copy twice").isNull();
                message = consumer.receive(300);
            }
        }
        return messages;
    }

    private int waiting(Queue queue) throws JMSException {
        Instant deadline = Instant.now().plusSeconds(5);
        int count = waitingCount(queue);
        while (count > 0 && Instant.now().isBefore(deadline)) {
            sleep(100);
            count = waitingCount(queue);
        }
        return count;
    }

    private int waitingCount(Queue queue) {
        try (JMSContext context = artemis.connectionFactory().createContext();
             QueueBrowser browser = context.createBrowser(queue)) {
            return Collections.list(browser.getEnumeration()).size();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String property(Message message, String name) {
        try {
            return message.getStringProperty(name);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts as the server's metrics do. */
    static final class RecordingMetrics implements InboundMetrics {
        final AtomicInteger received = new AtomicInteger();
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger duplicates = new AtomicInteger();
        private final Map<DeadLetterReason, AtomicInteger> deadLettered = Collections.synchronizedMap(
                new EnumMap<>(DeadLetterReason.class));

        @Override
        public void received() {
            received.incrementAndGet();
        }

        @Override
        public void accepted() {
            accepted.incrementAndGet();
        }

        @Override
        public void duplicate() {
            duplicates.incrementAndGet();
        }

        @Override
        public void deadLettered(DeadLetterReason reason) {
            deadLettered.computeIfAbsent(reason, r -> new AtomicInteger()).incrementAndGet();
        }

        Map<DeadLetterReason, AtomicInteger> deadLettered() {
            return deadLettered;
        }
    }
}

package se.esp.adapter.messaging.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import se.esp.adapter.messaging.events.JmsEventPublisher;
import se.esp.adapter.messaging.testing.EmbeddedArtemis;
import se.esp.adapter.messaging.testing.EventSubscription;
import se.esp.application.port.out.EventPublisher;

/** The Jakarta Messaging publisher against a real broker, ActiveMQ Artemis, started in this JVM. */
class JmsEventPublisherContractTest extends EventPublisherContract {

    private static EmbeddedArtemis broker;

    private EventPublisher publisher;
    private EventSubscription subscription;
    private final List<String> received = new ArrayList<>();

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedArtemis.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @BeforeEach
    void subscribe() {
        if (!broker.isRunning()) {
            broker.restart();
        }
        publisher = new JmsEventPublisher(broker.connectionFactory(), broker.eventsTopic());
        subscription = EventSubscription.create(broker.connectionFactory(), broker.eventsTopic(),
                "contract-" + System.nanoTime());
    }

    @Override
    protected EventPublisher publisher() {
        return publisher;
    }

    @Override
    protected List<String> received(int expected) {
        // Waiting only 300 ms for the first message would fail whenever a busy machine took longer to deliver it: wait
        // as long as it takes for the expected ones, then as before briefly for any more (which would be too many).
        int missing = expected - received.size();
        if (missing > 0) {
            subscription.receive(missing, Duration.ofSeconds(30)).forEach(m -> received.add(m.body()));
        }
        subscription.receive(Integer.MAX_VALUE, Duration.ofMillis(300)).forEach(m -> received.add(m.body()));
        return List.copyOf(received);
    }

    @Override
    protected void brokerGoesDown() {
        broker.stop();
    }

    @Override
    protected void brokerComesBack() {
        broker.restart();
    }
}

package se.esp.adapter.messaging.contract;

import java.util.List;

import se.esp.adapter.messaging.memory.InMemoryEventPublisher;
import se.esp.application.port.out.EventPublisher;

class InMemoryEventPublisherContractTest extends EventPublisherContract {

    private final InMemoryEventPublisher publisher = new InMemoryEventPublisher();

    @Override
    protected EventPublisher publisher() {
        return publisher;
    }

    @Override
    protected List<String> received(int expected) {
        return publisher.messages();
    }

    @Override
    protected void brokerGoesDown() {
        publisher.unavailable();
    }

    @Override
    protected void brokerComesBack() {
        publisher.available();
    }
}

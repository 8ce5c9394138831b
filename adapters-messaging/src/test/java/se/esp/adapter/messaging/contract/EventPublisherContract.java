package se.esp.adapter.messaging.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import se.esp.application.port.out.EventPublisher;
import se.esp.application.port.out.OutboxEntry;
import se.esp.application.port.out.PublishOutcome;

/** What every implementation of {@link EventPublisher} guarantees. */
public abstract class EventPublisherContract {

    private static final Instant AT = Instant.parse("2026-11-23T09:15:30.123456Z");

    private long nextSequence = 1;

    protected abstract EventPublisher publisher();

    /**
     * The bodies of the messages that reached subscribers so far, in order, once at least {@code expected} did (or
     * the implementation gave up waiting for them); more than expected are returned too, so that too many fail.
     */
    protected abstract List<String> received(int expected);

    protected abstract void brokerGoesDown();

    protected abstract void brokerComesBack();

    @Test
    void publishesEntriesInOrderWithTheEnvelopeAsBody() {
        List<OutboxEntry> entries = entries("aggregate-1", 3);

        PublishOutcome outcome = publisher().publish(entries);

        assertThat(outcome).isEqualTo(PublishOutcome.allAccepted(3));
        assertThat(eventIds(received(3))).containsExactly(ids(entries));
        assertThat(received(3).get(0)).contains("\"eventType\":\"OrganisationRolesChanged\"")
                .contains("\"payload\":{\"organisationId\":\"aggregate-1\"}");
    }

    @Test
    void acceptsNothingToPublish() {
        assertThat(publisher().publish(List.of())).isEqualTo(PublishOutcome.allAccepted(0));
        assertThat(received(0)).isEmpty();
    }

    @Test
    void reportsWhatTheBrokerDidNotAcceptAndPublishesAgainWhenItIsBack() {
        brokerGoesDown();

        PublishOutcome refused = publisher().publish(entries("aggregate-1", 2));

        assertThat(refused.accepted()).isZero();
        assertThat(refused.failure()).isPresent();

        brokerComesBack();
        List<OutboxEntry> later = entries("aggregate-1", 2);
        assertThat(publisher().publish(later)).isEqualTo(PublishOutcome.allAccepted(2));
        assertThat(eventIds(received(2))).containsExactly(ids(later));
    }

    private List<OutboxEntry> entries(String aggregateId, int count) {
        List<OutboxEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new OutboxEntry(nextSequence++, UUID.randomUUID(), "OrganisationRolesChanged", 1,
                    "Organisation", aggregateId, AT.plusSeconds(i), "{\"organisationId\":\"" + aggregateId + "\"}"));
        }
        return entries;
    }

    private static String[] ids(List<OutboxEntry> entries) {
        return entries.stream().map(e -> e.eventId().toString()).toArray(String[]::new);
    }

    private static List<String> eventIds(List<String> bodies) {
        return bodies.stream()
                .map(body -> Json.createReader(new StringReader(body)).readObject().getString("eventId"))
                .toList();
    }
}

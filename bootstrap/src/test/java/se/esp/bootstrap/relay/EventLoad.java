package se.esp.bootstrap.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.persistence.testing.OrganisationFixtures.anOrganisation;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import se.esp.adapter.messaging.testing.EventSubscription;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Transactions;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.OrganisationRolesChanged;

/**
 * Events of several organisations, appended one transaction each, interleaved across organisations; remembers
 * each organisation's events in the order they were appended, to check what arrives on the topic.
 */
final class EventLoad {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    private final List<Organisation> organisations = new ArrayList<>();
    private final Map<String, List<UUID>> appendedPerAggregate = new LinkedHashMap<>();
    private final List<UUID> appended = new ArrayList<>();

    EventLoad(int organisationCount) {
        for (int i = 0; i < organisationCount; i++) {
            Organisation organisation = anOrganisation().build();
            organisations.add(organisation);
            appendedPerAggregate.put(organisation.id().toString(), new ArrayList<>());
        }
    }

    /** Appends one event to each organisation, {@code rounds} times over. */
    void append(EventOutbox outbox, Transactions transactions, int rounds) {
        for (int round = 0; round < rounds; round++) {
            for (Organisation organisation : organisations) {
                OrganisationRolesChanged event = organisation.changeRoles(
                        round % 2 == 0 ? Set.of(OrganisationRole.SUPPLIER) : Set.of(OrganisationRole.CONSUMER),
                        AT.plusSeconds(round));
                transactions.inTransaction(() -> outbox.append(event));
                synchronized (this) {
                    appended.add(event.eventId());
                    appendedPerAggregate.get(organisation.id().toString()).add(event.eventId());
                }
            }
        }
    }

    synchronized int size() {
        return appended.size();
    }

    /** Every appended event arrived exactly once, and each organisation's in the order appended. */
    synchronized void assertArrivedOnceInOrder(Collection<EventSubscription.Received> received) {
        List<UUID> ids = received.stream().map(m -> UUID.fromString(m.eventId())).toList();
        assertThat(ids).as("every event exactly once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(appended);
        Map<String, List<UUID>> arrivedPerAggregate = new HashMap<>();
        for (EventSubscription.Received message : received) {
            JsonObject body = Json.createReader(new StringReader(message.body())).readObject();
            assertThat(body.getString("eventId")).isEqualTo(message.eventId());
            arrivedPerAggregate.computeIfAbsent(body.getString("aggregateId"), k -> new ArrayList<>())
                    .add(UUID.fromString(body.getString("eventId")));
        }
        assertThat(arrivedPerAggregate).as("each organisation's events in the order appended")
                .isEqualTo(appendedPerAggregate);
    }

    synchronized List<UUID> appended() {
        return List.copyOf(appended);
    }
}

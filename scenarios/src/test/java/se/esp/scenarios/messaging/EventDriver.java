package se.esp.scenarios.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import se.esp.application.port.in.outbox.RelayRun;
import se.esp.domain.organisation.OrganisationId;
import se.esp.scenarios.support.World;

/** What the event steps do, whatever language they are written in. */
final class EventDriver {

    private EventDriver() {
    }

    private static World world() {
        return World.current();
    }

    static void relay() {
        RelayRun run = world().eventRelay.relayWaiting(100);
        assertThat(run.published()).isLessThanOrEqualTo(run.claimed());
    }

    static void brokerUnavailable() {
        world().eventTopic.unavailable();
    }

    static void brokerAcceptsOnly(int count) {
        world().eventTopic.unavailableAfter(count);
    }

    static void brokerAvailable() {
        world().eventTopic.available();
    }

    /** Rows of (event type, organisation number), in the order the events must have been published. */
    static void assertPublished(List<List<String>> expected) {
        List<List<String>> published = world().eventTopic.messages().stream()
                .map(EventDriver::json)
                .map(message -> List.of(message.getString("eventType"), numberOf(message.getString("aggregateId"))))
                .toList();
        assertThat(published).isEqualTo(expected);
    }

    static void assertNothingPublished() {
        assertThat(world().eventTopic.messages()).isEmpty();
    }

    static void assertWaiting(long count) {
        World world = world();
        assertThat(world.eventRelay.backlog().size()).isEqualTo(count);
    }

    private static String numberOf(String organisationId) {
        World world = world();
        return world.storage.transactions().inTransaction(() ->
                world.storage.organisations().findById(OrganisationId.parse(organisationId)))
                .map(organisation -> organisation.number().formatted())
                .orElse(organisationId);
    }

    private static JsonObject json(String message) {
        return Json.createReader(new StringReader(message)).readObject();
    }
}

package se.esp.scenarios.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.cucumber.java.Before;
import se.esp.adapter.common.testing.TestIdentityProvider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import se.esp.adapter.messaging.inbound.InboundApplicationHandler;
import se.esp.adapter.messaging.inbound.InboundMessage;
import se.esp.adapter.messaging.inbound.InboundOutcome;
import se.esp.adapter.messaging.inbound.SenderVerifier;
import se.esp.adapter.messaging.memory.InMemoryApplicationsChannel;
import se.esp.domain.application.Application;
import se.esp.domain.organisation.OrganisationId;
import se.esp.scenarios.matching.MatchingDriver;
import se.esp.scenarios.support.World;

/**
 * What the inbound queue steps do, whatever language they are written in: messages go through the in-memory
 * channel, which hands them to the same handler as the JMS listener, with tokens of a stand-in identity provider.
 */
final class QueueDriver {

    private static final TestIdentityProvider IDENTITY_PROVIDER = new TestIdentityProvider();

    private static InMemoryApplicationsChannel channel;
    private static InboundMessage lastMessage;
    private static InboundOutcome lastOutcome;
    private static Map<String, Long> before;

    /** Cucumber's hook: each scenario starts with an empty queue. */
    public static class Reset {
        @Before(order = 2)
        public void reset() {
            channel = null;
            lastMessage = null;
            lastOutcome = null;
            before = new HashMap<>();
        }
    }

    private QueueDriver() {
    }

    private static World world() {
        return World.current();
    }

    private static InMemoryApplicationsChannel channel() {
        if (channel == null) {
            World world = world();
            // the scenario's clock stands still in 2026; tokens are signed now, so they are checked against now
            channel = new InMemoryApplicationsChannel(new InboundApplicationHandler(world.applications,
                    SenderVerifier.of(IDENTITY_PROVIDER.identities())));
        }
        return channel;
    }

    static String token(String role, String organisation) {
        OrganisationId id = world().organisation(organisation);
        return IDENTITY_PROVIDER.claims("scenario-" + role.toLowerCase() + "@" + id).organisation(id.toString())
                .groups(role).sign();
    }

    static String application(String title, int participants, String language, String from) {
        JsonArrayBuilder people = Json.createArrayBuilder();
        for (int i = 1; i <= participants; i++) {
            people.add(Json.createObjectBuilder().add("name", "Ködeltagare " + i).add("preferredLanguage", language)
                    .add("answers", Json.createObjectBuilder().add("previousEducation", "Grundskola")));
        }
        String version = title == null ? UUID.randomUUID().toString() : MatchingDriver.versionOf(title).toString();
        return Json.createObjectBuilder().add("offeringVersionId", version).add("language", language)
                .add("earliestStart", from).add("participants", people).build().toString();
    }

    static void send(String body, String token, String idempotencyKey) {
        Map<String, Object> properties = new HashMap<>();
        if (token != null) {
            properties.put(InboundApplicationHandler.AUTHORIZATION, "Bearer " + token);
        }
        if (idempotencyKey != null) {
            properties.put(InboundApplicationHandler.IDEMPOTENCY_KEY, idempotencyKey);
        }
        deliver(new InboundMessage(body, properties, "ID:" + UUID.randomUUID(), null));
    }

    static void deliverAgain() {
        deliver(lastMessage);
    }

    private static void deliver(InboundMessage message) {
        lastMessage = message;
        lastOutcome = channel().deliver(message);
    }

    static void assertAccepted(boolean created) {
        assertThat(lastOutcome).isInstanceOfSatisfying(InboundOutcome.Accepted.class,
                accepted -> assertThat(accepted.created()).as("created now").isEqualTo(created));
        assertThat(channel().reply(lastMessage.messageId())).contains("\"status\":\"ACCEPTED\"");
    }

    static void assertApplicationCount(String organisation, int count) {
        World world = world();
        OrganisationId id = world.organisation(organisation);
        long stored = world.storage.transactions().inTransaction(() -> world.storage.applications()
                .list(se.esp.application.port.in.application.ApplicationFilter.byStatus(null).ofConsumer(id),
                        new se.esp.application.paging.PageRequest(0, 100)).items().stream()
                .map(Application::id).count());
        assertThat(stored).isEqualTo(count);
    }

    static void assertDeadLettered(String reason, String field) {
        assertThat(lastOutcome).isInstanceOfSatisfying(InboundOutcome.Rejected.class, rejected -> {
            assertThat(rejected.reason().name()).isEqualTo(reason);
            if (field != null) {
                assertThat(rejected.violations()).extracting(v -> v.field()).contains(field);
            }
        });
        assertThat(channel().deadLetters()).last().satisfies(letter -> {
            assertThat(letter.original()).isEqualTo(lastMessage);
            assertThat(letter.rejection().reason().name()).isEqualTo(reason);
        });
        assertThat(channel().reply(lastMessage.messageId())).contains("\"reason\":\"" + reason + "\"");
    }

    static void assertNoDeadLetters() {
        assertThat(channel().deadLetters()).isEmpty();
    }
}

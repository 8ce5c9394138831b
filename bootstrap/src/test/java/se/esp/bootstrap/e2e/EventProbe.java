package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

/**
 * The test's side of the event probe ({@code probe/EventProbeServlet}, deployed by
 * {@link LibertyServer#withEventProbe()}, and by {@link WildFlyServer}): reads the events topic through the probe's
 * durable subscription and remembers every message it read.
 */
final class EventProbe {

    private final Http http;
    private final EspServer server;
    private final List<JsonObject> read = new ArrayList<>();

    EventProbe(Http http, EspServer server) {
        this.http = http;
        this.server = server;
    }

    /** Makes sure the subscription exists: every event published from now on waits in it. */
    void subscribe() {
        readWaiting(0);
    }

    /** Reads the subscription until the event of the given type and aggregate arrives; fails after the timeout. */
    JsonObject awaitEvent(String eventType, String aggregateId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int from = 0;
        while (Instant.now().isBefore(deadline)) {
            tryToReadWaiting(1000);
            for (JsonObject message : read.subList(from, read.size())) {
                JsonObject properties = message.getJsonObject("properties");
                if (eventType.equals(properties.getString("eventType"))
                        && aggregateId.equals(properties.getString("aggregateId"))) {
                    return message;
                }
            }
            from = read.size();
        }
        throw new AssertionError("no " + eventType + " of " + aggregateId + " arrived within " + timeout
                + "; arrived: " + read.stream().map(m -> m.getJsonObject("properties"))
                .map(p -> p.getString("eventType") + " " + p.getString("aggregateId")).toList()
                + "\n" + server.logTail());
    }

    /** How many of the messages read so far, now and before, carry the given event type and aggregate. */
    long count(String eventType, String aggregateId) {
        readWaiting(500);
        return read.stream().map(m -> m.getJsonObject("properties"))
                .filter(p -> eventType.equals(p.getString("eventType")) && aggregateId.equals(p.getString("aggregateId")))
                .count();
    }

    /**
     * Reads the subscription until it stays empty for a second, and returns every message read so far, duplicates
     * included (a consumer deduplicates by {@code eventId}).
     */
    List<JsonObject> drain(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            int before = read.size();
            if (tryToReadWaiting(1000) && read.size() == before) {
                return List.copyOf(read);
            }
        }
        throw new AssertionError("the subscription did not run empty within " + timeout);
    }

    /** Every message read so far, duplicates included, without reading more. */
    List<JsonObject> readSoFar() {
        return List.copyOf(read);
    }

    private void readWaiting(long waitMillis) {
        assertThat(tryToReadWaiting(waitMillis)).as("the probe answers").isTrue();
    }

    /** False if the probe could not read, as after a broker restart, until the server has new connections. */
    private boolean tryToReadWaiting(long waitMillis) {
        HttpResponse<String> response = http.get(server.uri("/e2e-probe/events?waitMillis=" + waitMillis));
        if (response.statusCode() != 200) {
            return false;
        }
        read.addAll(Http.jsonArray(response).getValuesAs(JsonObject.class));
        return true;
    }
}

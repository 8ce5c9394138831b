package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.json.JsonObject;

/**
 * What the crash and scale-out tests demand after the servers were killed under load: every acknowledged change is
 * stored, every event of it reached the broker (each {@code eventId} exactly once after deduplication, none that
 * the outbox does not hold), and matching's decisions are consistent (no participant or application in two
 * deliveries, no delivery over its size, no resource over its weekly cap or in two sessions at once).
 */
final class NothingLost {

    private NothingLost() {
    }

    /** Waits until every server's relay found nothing left to publish (twice in a row, a relay interval apart). */
    static void awaitOutboxEmpty(Http http, List<LibertyServer> servers, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int emptyInARow = 0;
        while (emptyInARow < 2) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the outbox did not empty within " + timeout);
            }
            // a server just started may not list the gauge before its relay's first run: not empty yet
            boolean empty = servers.stream().allMatch(server -> metricIfServed(http, server, "esp_outbox_backlog") == 0);
            emptyInARow = empty ? emptyInARow + 1 : 0;
            WriteLoad.pause(1200);
        }
    }

    /** The metric's value, or NaN while the server does not serve it (yet). */
    static double metricIfServed(Http http, LibertyServer server, String name) {
        String metrics = http.get(server.uri("/metrics?scope=application")).body();
        return metrics.lines().filter(line -> line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(Double.NaN);
    }

    static double metric(Http http, LibertyServer server, String name) {
        String metrics = http.get(server.uri("/metrics?scope=application")).body();
        return metrics.lines().filter(line -> line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no metric " + name + " in\n" + metrics));
    }

    /** Every acknowledged application answers {@code GET} to its own case officer, with its participants. */
    static void applicationsAreStored(WriteLoad load, Function<String, URI> uri) {
        for (WriteLoad.Acknowledged application : load.acknowledgedApplications().values()) {
            HttpResponse<String> read = load.caseOfficers().get(application.consumerOrganisationId())
                    .get(uri.apply("/api/applications/" + application.id()));
            assertThat(read.statusCode()).as("acknowledged application %s: %s", application.id(), read.body())
                    .isEqualTo(200);
            assertThat(Http.json(read).getJsonArray("participants")).as("its participants").hasSize(
                    application.participants());
        }
        for (Map.Entry<String, String> organisation : load.acknowledgedOrganisations().entrySet()) {
            HttpResponse<String> read = load.admin().get(uri.apply("/api/organisations/" + organisation.getKey()));
            assertThat(read.statusCode()).as("acknowledged organisation %s", organisation.getValue()).isEqualTo(200);
        }
    }

    /**
     * Every outbox entry is published; every entry of an acknowledged change arrived on the broker; after
     * deduplication by {@code eventId} each arrived once, and nothing arrived that the outbox does not hold.
     * Servers may still publish what a matching sweep decided after the load, so what is missing is read again
     * ({@code receivedSoFar} drains the subscription once more) until nothing is, or a minute and a half passed.
     *
     * @param database     the database as it is now (asked again for every look)
     * @param receivedSoFar every message the subscription delivered so far, duplicates included
     * @return how many messages arrived more than once (the relay publishes at least once: a server killed between
     *         the broker's commit and the outbox's may publish a batch again)
     */
    static long eventsArePublishedOnce(Supplier<DataSource> database, Supplier<List<JsonObject>> receivedSoFar,
            WriteLoad load) throws SQLException {
        Instant deadline = Instant.now().plusSeconds(90);
        while (true) {
            List<JsonObject> received = receivedSoFar.get();
            Map<String, Long> arrivals = received.stream()
                    .map(m -> m.getJsonObject("properties").getString("eventId"))
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            Map<String, String> outbox = new HashMap<>();
            long unpublished;
            try (Connection connection = database.get().getConnection();
                 PreparedStatement waiting = connection.prepareStatement(
                         "select count(*) from outbox_event where published_at is null");
                 PreparedStatement all = connection.prepareStatement("select event_id, aggregate_id from outbox_event");
                 ResultSet count = waiting.executeQuery();
                 ResultSet rows = all.executeQuery()) {
                count.next();
                unpublished = count.getLong(1);
                while (rows.next()) {
                    outbox.put(rows.getString(1), rows.getString(2));
                }
            }
            assertThat(outbox.keySet()).as("every event that arrived is one of the outbox's")
                    .containsAll(arrivals.keySet());
            Set<String> acknowledged = new HashSet<>(load.acknowledgedApplications().keySet());
            acknowledged.addAll(load.acknowledgedOrganisations().keySet());
            assertThat(outbox.values()).as("every acknowledged change has its events").containsAll(acknowledged);
            List<String> missing = outbox.entrySet().stream().filter(e -> acknowledged.contains(e.getValue()))
                    .map(Map.Entry::getKey).filter(id -> !arrivals.containsKey(id)).toList();
            if (unpublished == 0 && missing.isEmpty()) {
                return arrivals.values().stream().mapToLong(n -> n - 1).sum();
            }
            if (Instant.now().isAfter(deadline)) {
                assertThat(unpublished).as("outbox entries never published").isZero();
                assertThat(missing).as("events of acknowledged changes that never arrived").isEmpty();
            }
            WriteLoad.pause(1000);
        }
    }

    /** Matching's stored decisions, read with SQL so that nothing of the platform's own code judges itself. */
    /**
     * Every application stored is decided (none still {@code RECEIVED}) within the timeout: what a killed server's
     * passes left undone is made up by a later pass or the sweep.
     */
    static void everyApplicationIsDecided(DataSource database, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<List<String>> undecided;
        do {
            try (Connection connection = database.getConnection()) {
                undecided = rows(connection, "select id from application where status = 'RECEIVED'");
            }
            if (undecided.isEmpty()) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        assertThat(undecided).as("applications matching has not decided after %s", timeout).isEmpty();
    }

    static void matchingIsConsistent(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection()) {
            assertThat(rows(connection, """
                    select s.participant_id from delivery_seat s join delivery d on d.id = s.delivery_id
                    where d.status <> 'CANCELLED' group by s.participant_id having count(*) > 1"""))
                    .as("participants seated in two deliveries").isEmpty();
            assertThat(rows(connection, """
                    select s.application_id from delivery_seat s join delivery d on d.id = s.delivery_id
                    where d.status <> 'CANCELLED' group by s.application_id having count(distinct s.delivery_id) > 1"""))
                    .as("applications split over two deliveries").isEmpty();
            assertThat(rows(connection, """
                    select d.id from delivery d join delivery_seat s on s.delivery_id = d.id
                    group by d.id, d.max_participants having count(*) > d.max_participants"""))
                    .as("deliveries over their size").isEmpty();
            assertThat(rows(connection, """
                    select a.id from application a where a.status = 'MATCHED' and not exists (
                      select 1 from delivery_seat s where s.application_id = a.id and s.delivery_id = a.delivery_id)"""))
                    .as("applications matched to a delivery that does not seat them").isEmpty();

            Map<String, Integer> capMinutes = new HashMap<>();
            for (List<String> row : rows(connection, "select id, max_hours_per_week from resource")) {
                capMinutes.put(row.get(0), Integer.parseInt(row.get(1)) * 60);
            }
            Map<String, List<String>> slotsByResource = new HashMap<>();
            for (List<String> row : rows(connection,
                    "select resource_id, session_slots from delivery where status in ('PLANNED', 'IN_PROGRESS')")) {
                slotsByResource.computeIfAbsent(row.get(0), r -> new ArrayList<>())
                        .addAll(row.get(1).isEmpty() ? List.of() : List.of(row.get(1).split(",")));
            }
            slotsByResource.forEach((resource, slots) -> {
                int minutes = slots.stream().mapToInt(NothingLost::minutes).sum();
                assertThat(minutes).as("weekly minutes of resource %s's open deliveries", resource)
                        .isLessThanOrEqualTo(capMinutes.get(resource));
                for (int i = 0; i < slots.size(); i++) {
                    for (int j = i + 1; j < slots.size(); j++) {
                        assertThat(overlap(slots.get(i), slots.get(j))).as("resource %s in two sessions at once: %s, %s",
                                resource, slots.get(i), slots.get(j)).isFalse();
                    }
                }
            });
        }
    }

    /** {@code MONDAY 09:00-11:00} → 120. */
    private static int minutes(String slot) {
        String[] times = slot.trim().split(" ")[1].split("-");
        return (int) Duration.between(LocalTime.parse(times[0]), LocalTime.parse(times[1])).toMinutes();
    }

    private static boolean overlap(String a, String b) {
        String[] first = a.trim().split(" ");
        String[] second = b.trim().split(" ");
        if (!first[0].equals(second[0])) {
            return false;
        }
        String[] x = first[1].split("-");
        String[] y = second[1].split("-");
        return LocalTime.parse(x[0]).isBefore(LocalTime.parse(y[1])) && LocalTime.parse(y[0]).isBefore(LocalTime.parse(x[1]));
    }

    private static List<List<String>> rows(Connection connection, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet result = query.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(result.getString(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}

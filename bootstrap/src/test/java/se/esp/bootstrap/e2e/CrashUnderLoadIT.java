package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.testing.TestDatabase;
import se.esp.adapter.persistence.testing.TestDatabases;

/**
 * A server under concurrent writes is killed with SIGKILL twice, at random moments, and started again each time;
 * then nothing it acknowledged may be missing (see {@link NothingLost}). Once on the default run — the embedded
 * database and the embedded messaging engine, the demo data — and once as production runs — MariaDB and a broker
 * on another server. The random moments come from a seed printed at the start; {@code -Desp.crash.seed=…} repeats
 * a run.
 */
class CrashUnderLoadIT {

    private static final int CLIENTS = 4;

    private final Http http = new Http();
    private final TokenSigner identityProvider = new TokenSigner();

    @Test
    void theEmbeddedDatabaseAndBrokerLoseNothingAcknowledged() throws Exception {
        Path data = LibertyServer.workDir("crash-h2-data");
        Map<String, String> settings = new HashMap<>(identityProvider.serverSettings());
        settings.put("ESP_DATA_DIR", data.toString());
        settings.put("WLP_OUTPUT_DIR", LibertyServer.workDir("crash-h2-server").toString());
        try (LibertyServer server = new LibertyServer(settings).withEventProbe()) {
            crashTwiceUnderLoad(server, () -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:file:" + data + "/esp;MODE=MariaDB;DATABASE_TO_LOWER=TRUE");
                h2.setUser("sa");
                h2.setPassword("");
                return h2;
            });
        }
    }

    @Test
    void mariaDbAndAnExternalBrokerLoseNothingAcknowledged() throws Exception {
        try (TestDatabase database = TestDatabases.mariaDb(); LibertyBroker broker = new LibertyBroker()) {
            broker.start();
            Map<String, String> settings = productionSettings(database, broker, identityProvider);
            settings.put("WLP_OUTPUT_DIR", LibertyServer.workDir("crash-mariadb-server").toString());
            try (LibertyServer server = new LibertyServer(settings).withEventProbe()) {
                crashTwiceUnderLoad(server, database::dataSource);
            }
        }
    }

    private void crashTwiceUnderLoad(LibertyServer server, DataSourceAfterStop database) throws Exception {
        long seed = Long.getLong("esp.crash.seed", new SecureRandom().nextLong());
        System.out.println("CrashUnderLoadIT seed " + seed + " (repeat with -Desp.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        server.start();
        EventProbe events = new EventProbe(http, server);
        events.subscribe();
        try (WriteLoad load = new WriteLoad(List.of(() -> server.uri("/")), identityProvider, seed)) {
            load.start(CLIENTS);
            for (int crash = 1; crash <= 2; crash++) {
                awaitProgress(load);
                WriteLoad.pause(WriteLoad.between(1_000, 5_000, random).toMillis());
                int acknowledgedBefore = load.acknowledgedApplications().size();
                server.kill();
                System.out.println("CrashUnderLoadIT: killed after " + acknowledgedBefore + " acknowledged applications");
                server.start();
            }
            awaitProgress(load);
            WriteLoad.pause(WriteLoad.between(1_000, 3_000, random).toMillis());
            load.stop();

            assertThat(load.acknowledgedApplications()).as("applications acknowledged under load").hasSizeGreaterThan(20);
            NothingLost.applicationsAreStored(load, server::uri);
            NothingLost.awaitOutboxEmpty(http, List.of(server), java.time.Duration.ofSeconds(60));
            List<jakarta.json.JsonObject> drained = events.drain(java.time.Duration.ofSeconds(60));
            server.stop();
            // the embedded database opens for one process at a time: to read more events, the server runs again
            java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
            long duplicates = NothingLost.eventsArePublishedOnce(database::open, () -> {
                if (first.getAndSet(false)) {
                    return drained;
                }
                server.start();
                try {
                    return events.drain(java.time.Duration.ofSeconds(60));
                } finally {
                    server.stop();
                }
            }, load);
            NothingLost.matchingIsConsistent(database.open());
            List<jakarta.json.JsonObject> received = events.readSoFar();
            System.out.printf("CrashUnderLoadIT: %d applications and %d organisations acknowledged, %d requests "
                            + "failed during the crashes, %d events received, %d of them again%n",
                    load.acknowledgedApplications().size(), load.acknowledgedOrganisations().size(),
                    load.failedRequests(), received.size(), duplicates);
        }
    }

    /**
     * A server as production runs it — MariaDB, a broker on another server, the identity provider's key, a
     * personal-data key — with the demo data, so the load has offerings, consumers and resources to work with.
     */
    static Map<String, String> productionSettings(TestDatabase database, LibertyBroker broker,
            TokenSigner identityProvider) {
        Map<String, String> settings = new HashMap<>(identityProvider.serverSettings());
        settings.putAll(Map.of(
                "ESP_DB_KIND", "mariadb",
                "ESP_DB_URL", database.jdbcUrl(),
                "ESP_DB_USER", database.user(),
                "ESP_DB_PASSWORD", database.password(),
                "ESP_DEMO_DATA_ENABLED", "true",
                "ESP_PERSONAL_DATA_KEY", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)),
                "ESP_JMS_KIND", "remote",
                "ESP_JMS_REMOTE_ADDRESS", broker.remoteAddress()));
        return settings;
    }

    /** Waits (a minute at most) until the servers acknowledged a few more applications: it is under load again. */
    static void awaitProgress(WriteLoad load) {
        int before = load.acknowledgedApplications().size();
        java.time.Instant until = java.time.Instant.now().plusSeconds(60);
        while (load.acknowledgedApplications().size() < before + 5 && java.time.Instant.now().isBefore(until)) {
            WriteLoad.pause(200);
        }
    }

    /** The database as the test reads it once the server stopped (H2 allows one process at a time). */
    @FunctionalInterface
    private interface DataSourceAfterStop {
        javax.sql.DataSource open();
    }
}

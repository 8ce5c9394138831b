package se.esp.bootstrap.e2e;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;

/**
 * The same WAR on WildFly, unpacked from {@code org.wildfly:wildfly-dist} and configured by bootstrap's
 * {@code src/main/wildfly} (see {@link WildFlyServer}): the smoke suite, then DOMAIN.md's worked example, step for
 * step as on Liberty, on one WildFly process. The smoke suite starts it with the demo data; the worked example, which
 * needs a platform without it, reloads it ({@link WildFlyServer#reloadWith}) onto a database of its own with the
 * demo data off, which spares a second start of the server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class WildFlyIT {

    private WildFlyServer wildFly;

    @AfterAll
    void stop() {
        if (wildFly != null) {
            wildFly.close();
        }
    }

    @Nested
    @Order(1)
    class Smoke extends ServerSmokeSuite {

        @Override
        EspServer server(Map<String, String> settings) {
            return new Shared(settings);
        }
    }

    @Nested
    @Order(2)
    class WorkedExample extends WorkedExampleIT {

        @Override
        EspServer server(Map<String, String> settings) {
            return new Shared(settings);
        }
    }

    /**
     * The one WildFly as a suite's server: its start starts the process with the suite's settings, or reloads the
     * running one with them; its close leaves the server to the next suite ({@link #stop()} stops it).
     */
    private final class Shared implements EspServer {

        private final Map<String, String> settings;

        Shared(Map<String, String> settings) {
            this.settings = settings;
        }

        @Override
        public void start() {
            if (wildFly == null) {
                wildFly = new WildFlyServer(settings);
                wildFly.start();
            } else {
                wildFly.reloadWith(settings);
            }
        }

        @Override
        public URI uri(String path) {
            return wildFly.uri(path);
        }

        @Override
        public URI healthUri(String path) {
            return wildFly.healthUri(path);
        }

        @Override
        public URI metricsUri() {
            return wildFly.metricsUri();
        }

        @Override
        public String logTail() {
            return wildFly.logTail();
        }

        @Override
        public void close() {
            // the next suite runs on the same server
        }
    }
}

package se.esp.bootstrap.e2e;

import java.net.URI;

/**
 * A server the end-to-end tests run the platform's WAR on: Open Liberty ({@link LibertyServer}) or WildFly
 * ({@link WildFlyServer}), started and stopped by the test.
 */
interface EspServer extends AutoCloseable {

    /** An address on the server's HTTP port, where the WAR is deployed at the root. */
    URI uri(String path);

    /** Where the server answers MicroProfile Health ({@code /health/ready}, …). */
    URI healthUri(String path);

    /**
     * Where the server serves its metrics, the platform's own among them, in Prometheus' text format
     * ({@code /metrics} on Liberty, {@code /prometheus} on WildFly's management port).
     */
    URI metricsUri();

    void start();

    /** The end of the server's log, for a failing assertion's message. */
    String logTail();

    @Override
    void close();
}

package se.esp.adapter.messaging.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.activemq.artemis.api.jms.ActiveMQJMSClient;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import jakarta.jms.Topic;

/**
 * A real Jakarta Messaging 3.1 broker, ActiveMQ Artemis, in the test JVM: persistent (a journal in a temporary
 * folder, so stored messages survive {@link #restart()}), listening on a free TCP port of the loopback address.
 * Clients connect over TCP as to any external broker, and do not reconnect by themselves: a stopped broker makes
 * sends fail at once, as an outage should.
 */
public final class EmbeddedArtemis implements AutoCloseable {

    /** The events topic's name on the broker (an Artemis multicast address). */
    public static final String EVENTS_TOPIC = "esp.events";
    /** The inbound applications queue's name on the broker (an Artemis anycast address, created on first use). */
    public static final String APPLICATIONS_IN = "esp.applications.in";
    /** The dead-letter queue of inbound applications. */
    public static final String APPLICATIONS_DEAD_LETTER = "esp.applications.dead-letter";

    private final Path dataDir;
    private final int port;
    private EmbeddedActiveMQ broker;

    private EmbeddedArtemis(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    public static EmbeddedArtemis start() {
        try {
            EmbeddedArtemis artemis = new EmbeddedArtemis(Files.createTempDirectory("esp-artemis"), freePort());
            artemis.startBroker();
            return artemis;
        } catch (IOException e) {
            throw new IllegalStateException("could not prepare the Artemis data folder", e);
        }
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    /** A connection factory as a client elsewhere would configure one; it does not retry or reconnect. */
    public ConnectionFactory connectionFactory() {
        return new ActiveMQConnectionFactory(url() + "?reconnectAttempts=0&initialConnectAttempts=1"
                + "&retryInterval=100&callTimeout=5000&connectionTTL=5000&clientFailureCheckPeriod=1000");
    }

    public Topic eventsTopic() {
        return ActiveMQJMSClient.createTopic(EVENTS_TOPIC);
    }

    public Queue queue(String name) {
        return ActiveMQJMSClient.createQueue(name);
    }

    public synchronized boolean isRunning() {
        return broker != null;
    }

    /** Stops the broker as an outage would; messages it stored stay in its journal. */
    public synchronized void stop() {
        if (broker == null) {
            return;
        }
        try {
            broker.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Artemis did not stop", e);
        } finally {
            broker = null;
        }
    }

    /** Starts the stopped broker again on the same port and journal. */
    public synchronized void restart() {
        stop();
        startBroker();
    }

    @Override
    public synchronized void close() {
        stop();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private synchronized void startBroker() {
        try {
            Configuration configuration = new ConfigurationImpl()
                    .setName("esp-test-broker")
                    .setPersistenceEnabled(true)
                    .setJournalType(JournalType.NIO)
                    .setJournalDirectory(dataDir.resolve("journal").toString())
                    .setBindingsDirectory(dataDir.resolve("bindings").toString())
                    .setPagingDirectory(dataDir.resolve("paging").toString())
                    .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                    .setSecurityEnabled(false)
                    .setJMXManagementEnabled(false)
                    .addAcceptorConfiguration("tcp", url());
            EmbeddedActiveMQ started = new EmbeddedActiveMQ().setConfiguration(configuration);
            started.start();
            broker = started;
        } catch (Exception e) {
            throw new IllegalStateException("Artemis did not start on " + url(), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

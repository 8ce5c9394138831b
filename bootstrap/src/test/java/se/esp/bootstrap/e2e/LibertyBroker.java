package se.esp.bootstrap.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * An external broker for the end-to-end tests: a second Liberty server, in the installation the build prepared,
 * that runs nothing but a messaging engine with the platform's destinations, as an owner would run a dedicated
 * broker for several eSP servers. Its messages and subscriptions survive a restart (the engine's file store).
 */
final class LibertyBroker implements AutoCloseable {

    private static final String NAME = "espbroker";

    private final Path installDir = Path.of(System.getProperty("esp.liberty.install.dir", "target/liberty/wlp"));
    private final int port = freePort();
    private boolean running;

    LibertyBroker() throws IOException {
        Path serverDir = installDir.resolve("usr/servers/" + NAME);
        // a new broker for every test: a store left by an earlier test (or an interrupted run) would still hold
        // that test's durable subscriptions and the messages waiting in them
        for (String leftOver : new String[] {"messaging", "workarea"}) {
            deleteRecursively(serverDir.resolve(leftOver));
        }
        Files.createDirectories(serverDir);
        Files.writeString(serverDir.resolve("server.xml"), """
                <server description="a dedicated broker for eSP end-to-end tests">
                  <featureManager>
                    <feature>messagingServer-3.0</feature>
                  </featureManager>
                  <httpEndpoint id="defaultHttpEndpoint" httpPort="-1" httpsPort="-1"/>
                  <wasJmsEndpoint id="InboundJmsCommsEndpoint" host="localhost" wasJmsPort="%d" wasJmsSSLPort="-1"/>
                  <messagingEngine id="defaultME">
                    <topicSpace id="esp.events"/>
                    <queue id="esp.applications.in" maxRedeliveryCount="10"/>
                    <queue id="esp.applications.dead-letter"/>
                  </messagingEngine>
                </server>
                """.formatted(port));
    }

    /** What an eSP server sets as {@code ESP_JMS_REMOTE_ADDRESS} to use this broker. */
    String remoteAddress() {
        return "localhost:" + port + ":BootstrapBasicMessaging";
    }

    void start() {
        run("stop");
        if (run("start") != 0) {
            throw new IllegalStateException("the broker server did not start");
        }
        running = true;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 500);
                return;
            } catch (IOException notYet) {
                sleep(250);
            }
        }
        throw new IllegalStateException("the broker's messaging port " + port + " did not open");
    }

    void stop() {
        if (running) {
            run("stop");
            running = false;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private int run(String action) {
        ProcessBuilder builder = new ProcessBuilder(installDir.resolve("bin/server").toString(), action, NAME)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = builder.start();
            if (!process.waitFor(240, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("'server " + action + " " + NAME + "' did not finish");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

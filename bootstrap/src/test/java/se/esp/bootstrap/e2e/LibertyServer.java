package se.esp.bootstrap.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import se.esp.bootstrap.e2e.probe.EventProbeServlet;

/**
 * The Liberty server the build prepared (target/liberty), started and stopped by the tests themselves so each test
 * can choose its settings (database, data folder) through environment variables, as an operator would.
 */
final class LibertyServer implements EspServer {

    private final Path installDir = Path.of(System.getProperty("esp.liberty.install.dir", "target/liberty/wlp"));
    private final String name = System.getProperty("esp.liberty.server", "esp");
    private final Map<String, String> environment = new HashMap<>();
    private final int httpPort;
    private boolean running;
    private Path eventProbe;
    private static Path sharedProbeWar;
    /** The servers of this run that have the probe and run now: the last to stop removes the drop-in. */
    private static final java.util.Set<LibertyServer> RUNNING_WITH_PROBE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    LibertyServer(Map<String, String> settings) {
        this.httpPort = freePort();
        environment.putAll(settings);
        environment.put("ESP_HTTP_PORT", Integer.toString(httpPort));
        environment.put("ESP_HTTPS_PORT", Integer.toString(freePort()));
        environment.put("ESP_JMS_PORT", Integer.toString(freePort()));
    }

    static Path workDir(String name) throws IOException {
        Path dir = Path.of(System.getProperty("esp.e2e.work.dir", "target/e2e"))
                .resolve(name + "-" + System.nanoTime());
        return Files.createDirectories(dir).toAbsolutePath();
    }

    /**
     * Deploys the event probe ({@link EventProbeServlet}) beside the platform at {@code /e2e-probe}, through a
     * configuration drop-in that {@link #stop()} removes again, so other tests' servers run without it.
     */
    LibertyServer withEventProbe() throws IOException {
        eventProbe = probeWar();
        return this;
    }

    /**
     * One probe application for every server of this test run: servers started from one configuration folder (see
     * {@code WLP_OUTPUT_DIR}) share the drop-in, which must then not change while another of them runs.
     */
    static synchronized Path probeWar() throws IOException {
        if (sharedProbeWar != null) {
            return sharedProbeWar;
        }
        Path war = workDir("event-probe").resolve("e2e-probe.war");
        Path classes = Path.of(EventProbeServlet.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        String packageDir = EventProbeServlet.class.getPackageName().replace('.', '/');
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war));
             Stream<Path> files = Files.list(classes.resolve(packageDir))) {
            for (Path file : files.toList()) {
                zip.putNextEntry(new ZipEntry("WEB-INF/classes/" + packageDir + "/" + file.getFileName()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        sharedProbeWar = war;
        return war;
    }

    /**
     * The server's own TLS certificate, which Liberty generated at its first start (the default keystore, under the
     * password of the server.env the build wrote): for a client that follows the server to its https port.
     */
    java.security.cert.Certificate certificate() {
        try {
            String password = Files.readAllLines(installDir.resolve("usr/servers/" + name + "/server.env")).stream()
                    .filter(line -> line.startsWith("keystore_password=")).findFirst()
                    .map(line -> line.substring("keystore_password=".length())).orElseThrow();
            java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(outputDir().resolve(name + "/resources/security/key.p12"))) {
                keys.load(in, password.toCharArray());
            }
            return keys.getCertificate("default");
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the server's certificate", e);
        }
    }

    @Override
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    /** Liberty answers health on its HTTP port. */
    @Override
    public URI healthUri(String path) {
        return uri(path);
    }

    /** MicroProfile Metrics, on the HTTP port. */
    @Override
    public URI metricsUri() {
        return uri("/metrics");
    }

    @Override
    public void start() {
        run("stop"); // a server left over from an interrupted run would hold the workarea
        writeProbeDropIn();
        running = true; // so close() stops it even if 'server start' gave up waiting while the JVM came up
        if (eventProbe != null) {
            RUNNING_WITH_PROBE.add(this);
        }
        int exit = run("start");
        if (exit != 0) {
            throw new IllegalStateException("Liberty did not start (exit " + exit + ")\n" + logTail());
        }
        running = true;
        waitUntilReady(Duration.ofSeconds(300));
    }

    void stop() {
        if (running) {
            run("stop");
            running = false;
        }
        RUNNING_WITH_PROBE.remove(this);
        try {
            if (RUNNING_WITH_PROBE.isEmpty()) {
                Files.deleteIfExists(probeDropIn());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Kills the server process with SIGKILL, as a crash or an operator's {@code kill -9} would: no shutdown hook,
     * no graceful stop, nothing flushed that was not already written. {@link #start()} starts it again on the same
     * ports, data and configuration.
     */
    void kill() {
        Path pidFile = outputDir().resolve(".pid/" + name + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow(
                    () -> new IllegalStateException("no process " + pid + " of server " + name));
            process.destroyForcibly(); // SIGKILL
            process.onExit().get(60, TimeUnit.SECONDS);
            running = false;
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not kill server " + name + " (" + pidFile + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where this server writes its logs, work area and messaging store: the environment's {@code WLP_OUTPUT_DIR}
     * (so several servers of one configuration can run at once), else the installation's.
     */
    private Path outputDir() {
        String output = environment.get("WLP_OUTPUT_DIR");
        return output != null ? Path.of(output) : installDir.resolve("usr/servers");
    }

    private Path probeDropIn() {
        return installDir.resolve("usr/servers/" + name + "/configDropins/overrides/e2e-event-probe.xml");
    }

    private void writeProbeDropIn() {
        try {
            if (eventProbe == null) {
                if (RUNNING_WITH_PROBE.isEmpty()) {
                    Files.deleteIfExists(probeDropIn());
                }
                return;
            }
            // the platform itself needs no servlet API of its own; the probe does
            String dropIn = "<server><featureManager><feature>servlet-6.0</feature></featureManager>"
                    + "<webApplication id=\"e2e-probe\" name=\"e2e-probe\" location=\"" + eventProbe
                    + "\" contextRoot=\"/e2e-probe\"/></server>\n";
            // rewritten only when it differs: another running server of this configuration would redeploy it
            if (!Files.exists(probeDropIn()) || !Files.readString(probeDropIn()).equals(dropIn)) {
                Files.createDirectories(probeDropIn().getParent());
                Files.writeString(probeDropIn(), dropIn);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void waitUntilReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            String log = logTail();
            if (log.contains("CWWKZ0012I") || log.contains("CWWKZ0002E")) {
                throw new IllegalStateException("the application did not start\n" + log);
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Liberty was not ready within " + timeout + ": " + last + "\n" + logTail());
    }

    private int run(String action) {
        ProcessBuilder builder = new ProcessBuilder(installDir.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(240, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("'server " + action + "' did not finish");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("could not run 'server " + action + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many lines of this server's message logs, of every start so far, contain the text. */
    long logLinesContaining(String text) {
        Path logs = outputDir().resolve(name + "/logs");
        try (Stream<Path> files = Files.list(logs)) {
            long count = 0;
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("messages")).toList()) {
                try (Stream<String> lines = Files.lines(file)) {
                    count += lines.filter(line -> line.contains(text)).count();
                }
            }
            return count;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server's HTTP access log so far: one line per request, ending with the microseconds it took. */
    List<String> accessLog() throws IOException {
        Path log = outputDir().resolve(name + "/logs/http_access.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    /** The whole of the server's messages.log so far, for a test that checks what was or was not logged. */
    String log() throws IOException {
        return Files.readString(outputDir().resolve(name + "/logs/messages.log"));
    }

    @Override
    public String logTail() {
        Path log = outputDir().resolve(name + "/logs/messages.log");
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no " + log + ")";
        }
    }

    static int freePort() {
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

package se.esp.bootstrap.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * WildFly, unpacked by the build from {@code org.wildfly:wildfly-dist} (target/wildfly), configured for the platform
 * the way an owner would (bootstrap's {@code src/main/wildfly}: EclipseLink into WildFly's EclipseLink module,
 * {@code esp.cli} and {@code datasource-h2.cli} applied offline to a copy of {@code standalone-full.xml}), with the
 * same {@code esp.war} the build made for Liberty and, beside it, the tests' event probe. Started and stopped by the
 * test, on free ports, with the settings it gives as environment variables (read by MicroProfile Config, and by the
 * data source's {@code ESP_DATA_DIR}).
 *
 * <p>{@link #reloadWith} gives the running server other settings without a new process: as system properties, then
 * WildFly's own reload (the server's services and deployments restart in the same JVM). Each start runs on a fresh
 * copy of the configured {@code standalone-esp.xml}, so what a reload adds to it lasts until the server stops.
 *
 * <p>One server of this installation runs at a time: it deploys from the installation's {@code deployments} folder.
 */
final class WildFlyServer implements EspServer {

    private static final String CONFIG = "standalone-esp.xml";
    /** The copy of {@link #CONFIG} a start runs on and a reload writes to. */
    private static final String RUN_CONFIG = "standalone-esp-run.xml";
    private static final List<String> SCRIPTS = List.of("esp.cli", "datasource-h2.cli",
            "modules/org/eclipse/persistence/main/module.xml");
    /** The settings a reload can change, by the system property that overrides each one's environment variable. */
    private static final Map<String, String> PROPERTIES = Map.of(
            "ESP_DATA_DIR", "esp.data.dir",
            "ESP_DEMO_DATA_ENABLED", "esp.demo-data.enabled",
            "ESP_DEMO_IDENTITIES_ENABLED", "esp.demo-identities.enabled");

    private final Path installDir = Path.of(System.getProperty("esp.wildfly.install.dir",
            "target/wildfly/wildfly-37.0.1.Final")).toAbsolutePath();
    private final Path configDir = Path.of(System.getProperty("esp.wildfly.config.dir", "src/main/wildfly"))
            .toAbsolutePath();
    private final Map<String, String> environment = new HashMap<>();
    private final int httpPort = LibertyServer.freePort();
    private final int managementPort = LibertyServer.freePort();
    private final List<String> ports = List.of(
            "-Djboss.http.port=" + httpPort,
            "-Djboss.management.http.port=" + managementPort,
            "-Djboss.https.port=" + LibertyServer.freePort(),
            "-Djboss.management.https.port=" + LibertyServer.freePort(),
            "-Djboss.ajp.port=" + LibertyServer.freePort(),
            "-Djboss.txn.recovery.port=" + LibertyServer.freePort(),
            "-Djboss.txn.status.port=" + LibertyServer.freePort(),
            "-Djboss.bind.address=127.0.0.1",
            "-Djboss.bind.address.management=127.0.0.1");
    private Process process;

    WildFlyServer(Map<String, String> settings) {
        environment.putAll(settings);
    }

    @Override
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    /** WildFly answers MicroProfile Health on its management port. */
    @Override
    public URI healthUri(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }

    /** Micrometer's Prometheus registry (esp.cli), on the management port. */
    @Override
    public URI metricsUri() {
        return URI.create("http://127.0.0.1:" + managementPort + "/prometheus");
    }

    @Override
    public void start() {
        try {
            configureOnce();
            deploy();
            Files.deleteIfExists(log());
            Path configuration = installDir.resolve("standalone/configuration");
            Files.copy(configuration.resolve(CONFIG), configuration.resolve(RUN_CONFIG),
                    StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder builder = new ProcessBuilder(command("bin/standalone.sh", "-c", RUN_CONFIG))
                    .directory(installDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(environment);
            // standalone.sh then passes a TERM on to the server's JVM and waits for it (see stop())
            builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
            builder.environment().put("JAVA_OPTS", String.join(" ", ports) + " -Xmx1g -Djava.net.preferIPv4Stack=true"
                    + " -Dfile.encoding=UTF-8");
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start WildFly", e);
        }
        waitUntilDeployed(Duration.ofSeconds(300));
    }

    /**
     * The running server with these settings instead of those it started with: each one a system property (which
     * the data source's expression and MicroProfile Config read before the environment), then a reload, after which
     * the WAR starts again on them. Every setting of the start must be given again, since an environment variable
     * cannot be taken back.
     */
    void reloadWith(Map<String, String> settings) {
        if (!settings.keySet().containsAll(environment.keySet())) {
            throw new IllegalArgumentException("a reload cannot take back " + environment.keySet() + "; given "
                    + settings.keySet());
        }
        StringBuilder script = new StringBuilder();
        settings.forEach((name, value) -> {
            String property = PROPERTIES.get(name);
            if (property == null) {
                throw new IllegalArgumentException(name + " cannot be changed by a reload (only " + PROPERTIES.keySet()
                        + ")");
            }
            script.append("/system-property=").append(property).append(":add(value=\"").append(value)
                    .append("\")\n");
        });
        // the CLI's reload command waits until the server is running again, its deployments with it
        script.append("reload\n");
        try {
            Path cli = Files.writeString(LibertyServer.workDir("wildfly-reload").resolve("reload.cli"), script);
            Path output = cli.resolveSibling("reload.out");
            ProcessBuilder builder = new ProcessBuilder(command("bin/jboss-cli.sh", "--connect",
                    "--controller=127.0.0.1:" + managementPort, "--timeout=300000", "--file=" + cli))
                    .directory(installDir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
            int exit = run(builder, 360);
            if (exit != 0) {
                throw new IllegalStateException("WildFly's reload failed (exit " + exit + "):\n"
                        + Files.readString(output) + "\n" + logTail());
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not reload WildFly", e);
        }
        waitUntilDeployed(Duration.ofSeconds(300));
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                all.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            for (ProcessHandle handle : all) {
                handle.onExit().get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            all.forEach(ProcessHandle::destroyForcibly);
        }
        process = null;
    }

    /**
     * Configures the unpacked installation for the platform, once per version of the scripts: the EclipseLink jars
     * into WildFly's EclipseLink module, then the CLI scripts on a fresh copy of standalone-full.xml, in one offline
     * CLI session.
     */
    private void configureOnce() throws IOException {
        Path done = installDir.resolve("standalone/configuration/esp-configured");
        String configuredBy = "configured by " + WildFlyServer.class.getName() + " from " + scriptsDigest() + "\n";
        if (Files.exists(done) && Files.readString(done).equals(configuredBy)) {
            return;
        }
        Path module = installDir.resolve("modules/system/layers/base/org/eclipse/persistence/main");
        Path eclipseLink = Path.of(System.getProperty("esp.wildfly.eclipselink.dir", "target/wildfly-eclipselink"));
        try (Stream<Path> jars = Files.list(eclipseLink)) {
            for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, module.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(configDir.resolve("modules/org/eclipse/persistence/main/module.xml"), module.resolve("module.xml"),
                StandardCopyOption.REPLACE_EXISTING);
        Path configuration = installDir.resolve("standalone/configuration");
        Files.copy(configuration.resolve("standalone-full.xml"), configuration.resolve(CONFIG),
                StandardCopyOption.REPLACE_EXISTING);
        // one embedded server for both scripts: each script's own embed-server and stop-embedded-server lines out
        StringBuilder script = new StringBuilder("embed-server --server-config=" + CONFIG + " --std-out=discard\n");
        for (String file : List.of("esp.cli", "datasource-h2.cli")) {
            for (String line : Files.readAllLines(configDir.resolve(file))) {
                if (!line.startsWith("embed-server") && !line.startsWith("stop-embedded-server")) {
                    script.append(line).append('\n');
                }
            }
        }
        script.append("stop-embedded-server\n");
        Path cli = Files.writeString(LibertyServer.workDir("wildfly-cli").resolve("configure.cli"), script);
        Path output = cli.resolveSibling("configure.out");
        ProcessBuilder builder = new ProcessBuilder(command("bin/jboss-cli.sh", "--file=" + cli))
                .directory(installDir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        int exit = run(builder, 600);
        if (exit != 0) {
            throw new IllegalStateException("the WildFly configuration scripts failed (exit " + exit + "):\n"
                    + Files.readString(output));
        }
        Files.writeString(done, configuredBy);
    }

    /** What the configuration is made from, so that a changed script configures the installation again. */
    private String scriptsDigest() throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String script : SCRIPTS) {
                digest.update(Files.readAllBytes(configDir.resolve(script)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The platform's WAR and the tests' probe into the deployment scanner's folder, as files it deploys at boot. */
    private void deploy() throws IOException {
        Path deployments = installDir.resolve("standalone/deployments");
        try (Stream<Path> markers = Files.list(deployments)) {
            for (Path marker : markers.filter(m -> !m.toString().endsWith(".war") && !m.toString().endsWith(".txt"))
                    .toList()) {
                Files.delete(marker);
            }
        }
        Path war = Path.of(System.getProperty("esp.war", "target/esp.war"));
        Files.copy(war, deployments.resolve("esp.war"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(LibertyServer.probeWar(), deployments.resolve("e2e-probe.war"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void waitUntilDeployed(Duration timeout) {
        Path deployments = installDir.resolve("standalone/deployments");
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        String last = "not deployed";
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(deployments.resolve("esp.war.failed"))
                    || Files.exists(deployments.resolve("e2e-probe.war.failed"))) {
                throw new IllegalStateException("a deployment failed on WildFly\n" + logTail());
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly stopped (exit " + process.exitValue() + ")\n" + logTail());
            }
            if (Files.exists(deployments.resolve("esp.war.deployed"))
                    && Files.exists(deployments.resolve("e2e-probe.war.deployed"))) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(healthUri("/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    // the platform's own check, not an empty UP while a reload has not deployed the WAR again
                    if (response.statusCode() == 200 && response.body().contains("\"esp\"")) {
                        return;
                    }
                    last = response.statusCode() + " " + response.body();
                } catch (IOException e) {
                    last = e.toString();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            pause();
        }
        throw new IllegalStateException("WildFly was not ready within " + timeout + ": " + last + "\n" + logTail());
    }

    private List<String> command(String script, String... arguments) {
        List<String> command = new ArrayList<>(List.of(installDir.resolve(script).toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    private Path log() {
        return installDir.resolve("standalone/log/server.log");
    }

    @Override
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no " + log() + ")";
        }
    }

    private static int run(ProcessBuilder builder, int seconds) {
        try {
            Process process = builder.start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(builder.command() + " did not finish within " + seconds + " s");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + builder.command(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

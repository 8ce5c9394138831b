package se.esp.adapter.persistence.testing;

import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;

/**
 * Fresh, empty databases for tests. H2 runs in memory in MariaDB mode, exactly as the embedded default of the
 * platform. MariaDB is a real server: the one configured, or else one started from Maven Central — never a
 * silent skip.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** The embedded database the platform runs on by default, in memory. */
    public static TestDatabase h2() {
        String url = "jdbc:h2:mem:esp_" + shortId() + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return new TestDatabase("H2 " + url, url, "sa", "", dataSource, "SHUTDOWN", dataSource);
    }

    /** A new database on a real MariaDB server, see {@link MariaDbServer}. */
    public static TestDatabase mariaDb() {
        return MariaDbServer.instance().createDatabase("esp_test_" + shortId());
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}

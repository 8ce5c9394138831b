package se.esp.adapter.persistence.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

import javax.sql.DataSource;

/** A database of its own for one test run; closing it drops it. */
public final class TestDatabase implements AutoCloseable {

    private final String description;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final DataSource dataSource;
    private final String dropStatement;
    private final DataSource adminDataSource;

    TestDatabase(String description, String jdbcUrl, String user, String password, DataSource dataSource,
                 String dropStatement, DataSource adminDataSource) {
        this.description = description;
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl);
        this.user = user;
        this.password = password;
        this.dataSource = Objects.requireNonNull(dataSource);
        this.dropStatement = dropStatement;
        this.adminDataSource = adminDataSource;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        try (Connection connection = adminDataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(dropStatement);
        } catch (SQLException e) {
            System.err.println("[test-databases] could not drop " + description + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return description;
    }
}

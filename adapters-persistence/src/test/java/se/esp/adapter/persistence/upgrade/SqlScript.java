package se.esp.adapter.persistence.upgrade;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a script of statements ended by {@code ;} (a {@code ;} inside a string literal does not end one), as
 * {@link PortableInserts} writes them, with foreign-key checks off (tables are emptied and filled in name order)
 * and, on MariaDB, backslashes in string literals taken literally as on H2.
 */
final class SqlScript {

    private SqlScript() {
    }

    static void run(Connection connection, String script) throws SQLException {
        boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
        try (Statement statement = connection.createStatement()) {
            if (h2) {
                statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
            } else {
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                statement.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')");
            }
            try {
                for (String sql : statements(script)) {
                    try {
                        statement.execute(sql);
                    } catch (SQLException e) {
                        throw new SQLException("failed: " + abbreviated(sql) + ": " + e.getMessage(), e);
                    }
                }
            } finally {
                statement.execute(h2 ? "SET REFERENTIAL_INTEGRITY TRUE" : "SET FOREIGN_KEY_CHECKS = 1");
            }
        }
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                String sql = current.toString().strip();
                if (!sql.isEmpty()) {
                    statements.add(sql);
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted || !current.toString().isBlank()) {
            throw new IllegalArgumentException("the script does not end with a complete statement");
        }
        return statements;
    }

    private static String abbreviated(String sql) {
        return sql.length() <= 200 ? sql : sql.substring(0, 200) + "…";
    }
}

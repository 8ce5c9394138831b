package se.esp.adapter.persistence.upgrade;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Writes every table of a database (but Flyway's history) as INSERT statements that load on H2 in MariaDB mode and
 * on MariaDB alike: lower-case unquoted identifiers, standard string literals (quotes doubled, backslashes as they
 * are — {@link SqlScript} turns MariaDB's backslash escapes off), {@code X'…'} for binary, {@code DATE},
 * {@code TIME} and {@code TIMESTAMP} literals. Each table is emptied first, since migrations seed some rows
 * ({@code catalogue_revision}, {@code matching_lock}) that the release then changed. Rows come in primary-key
 * order so a dump of the same data reads the same.
 */
final class PortableInserts {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private PortableInserts() {
    }

    static String dump(Connection connection) throws SQLException {
        List<String> tables = tables(connection);
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            sql.append("DELETE FROM ").append(table).append(";\n");
        }
        for (String table : tables) {
            List<String> key = primaryKey(connection, table);
            String order = key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key);
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT * FROM " + table + order)) {
                ResultSetMetaData meta = rows.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                }
                String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (";
                while (rows.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        values.add(literal(rows, i, meta.getColumnType(i)));
                    }
                    sql.append(head).append(String.join(", ", values)).append(");\n");
                }
            }
        }
        return sql.toString();
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.equals("flyway_schema_history")) {
                    tables.add(table);
                }
            }
        }
        tables.sort(null);
        return tables;
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String[]> parts = new ArrayList<>();
        try (ResultSet rs = meta.getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table)) {
            while (rs.next()) {
                parts.add(new String[] {String.format("%03d", rs.getInt("KEY_SEQ")),
                        rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)});
            }
        }
        parts.sort((a, b) -> a[0].compareTo(b[0]));
        return parts.stream().map(part -> part[1]).toList();
    }

    private static String literal(ResultSet rows, int column, int type) throws SQLException {
        if (rows.getObject(column) == null) {
            return "NULL";
        }
        return switch (type) {
            case Types.BIT, Types.BOOLEAN -> rows.getBoolean(column) ? "TRUE" : "FALSE";
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Long.toString(rows.getLong(column));
            case Types.DECIMAL, Types.NUMERIC -> rows.getBigDecimal(column).toPlainString();
            case Types.DATE -> "DATE '" + rows.getObject(column, LocalDate.class) + "'";
            case Types.TIME -> "TIME '" + rows.getObject(column, LocalTime.class) + "'";
            case Types.TIMESTAMP -> "TIMESTAMP '" + TIMESTAMP.format(rows.getObject(column, LocalDateTime.class))
                    + "'";
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                    "X'" + HexFormat.of().formatHex(rows.getBytes(column)) + "'";
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                 Types.LONGNVARCHAR, Types.NCLOB -> "'" + rows.getString(column).replace("'", "''") + "'";
            default -> throw new IllegalStateException("no portable literal for column " + column + " of JDBC type "
                    + type + " (" + rows.getMetaData().getColumnTypeName(column) + ")");
        };
    }
}

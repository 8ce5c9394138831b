package se.esp.adapter.persistence.settlement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.Cause;
import se.esp.domain.settlement.CauseType;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.shared.Money;

/**
 * The {@code settlement_line} table, read and written with plain JDBC: a month's lines can run to millions, more than
 * entities should carry. Lines are numbered in {@link SettlementLine#ORDER}, so reading by number gives that order.
 */
final class SettlementLineRow {

    static final int DESCRIPTION_LENGTH = 500;
    private static final int BATCH = 5_000;
    private static final String COLUMNS = "period, line_no, organisation_id, kind, amount_ore, cause_type, cause_id, "
            + "cause_detail, rule_ref, counterparty_id, corrects_period, description";
    static final String SELECT = "SELECT l.period, l.line_no, l.organisation_id, l.kind, l.amount_ore, "
            + "l.cause_type, l.cause_id, l.cause_detail, l.rule_ref, l.counterparty_id, l.corrects_period, "
            + "l.description FROM settlement_line l";

    private SettlementLineRow() {
    }

    /** Replaces the period's lines: one delete, then batched inserts (bulk on MariaDB Connector/J). */
    static void replace(Connection connection, YearMonth period, List<SettlementLine> lines) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM settlement_line WHERE period = ?")) {
            delete.setString(1, period.toString());
            delete.executeUpdate();
        }
        if (lines.isEmpty()) {
            // A month without lines (nothing sold, no fee due) prepares no insert: Liberty's pooled statement,
            // closed without ever being executed, made MariaDB's driver fail with a NullPointerException (a 500).
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO settlement_line (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int number = 0;
            for (SettlementLine line : lines) {
                if (!line.period().equals(period)) {
                    throw new IllegalArgumentException("a line of " + line.period() + " among those of " + period);
                }
                insert.setString(1, period.toString());
                insert.setInt(2, number++);
                insert.setString(3, line.organisation().toString());
                insert.setString(4, line.kind().name());
                insert.setLong(5, line.amount().ore());
                insert.setString(6, line.cause().type().name());
                insert.setString(7, line.cause().id());
                setNullable(insert, 8, line.cause().detail());
                setNullable(insert, 9, line.rule());
                setNullable(insert, 10, line.counterparty() == null ? null : line.counterparty().toString());
                setNullable(insert, 11, line.corrects() == null ? null : line.corrects().toString());
                insert.setString(12, line.description().length() > DESCRIPTION_LENGTH
                        ? line.description().substring(0, DESCRIPTION_LENGTH) : line.description());
                insert.addBatch();
                if (number % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            if (number % BATCH != 0) {
                insert.executeBatch();
            }
        }
    }

    /** Runs a query whose columns are {@link #SELECT}'s, with text parameters. */
    static List<SettlementLine> read(Connection connection, String sql, String... parameters) throws SQLException {
        List<SettlementLine> lines = new ArrayList<>();
        Map<String, OrganisationId> organisations = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setFetchSize(10_000);
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String counterparty = text(rows.getString(10));
                    String corrects = text(rows.getString(11));
                    lines.add(new SettlementLine(YearMonth.parse(text(rows.getString(1))),
                            organisations.computeIfAbsent(text(rows.getString(3)), SettlementLineRow::organisation),
                            LineKind.valueOf(text(rows.getString(4))), Money.ofOre(rows.getLong(5)),
                            new Cause(CauseType.valueOf(text(rows.getString(6))), text(rows.getString(7)),
                                    text(rows.getString(8))), text(rows.getString(9)),
                            counterparty == null ? null
                                    : organisations.computeIfAbsent(counterparty, SettlementLineRow::organisation),
                            corrects == null ? null : YearMonth.parse(corrects), rows.getString(12)));
                }
            }
        }
        return lines;
    }

    private static OrganisationId organisation(String text) {
        return new OrganisationId(UUID.fromString(text));
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** CHAR columns come back padded on some databases. */
    private static String text(String value) {
        return value == null ? null : value.strip();
    }
}

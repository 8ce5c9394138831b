package se.esp.adapter.web.settlement;

import java.util.List;

import se.esp.application.port.in.settlement.StatementView;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.settlement.SettlementLine;

/**
 * A statement as CSV, one row per settlement line. Two dialects: the international one (comma separator, point
 * decimals) and the Swedish one that Excel opens directly on a Swedish desktop (semicolon separator, comma
 * decimals). Both are UTF-8 with a header row; text fields are quoted when they need it (RFC 4180). The Swedish
 * dialect starts with a byte-order mark, without which Excel reads UTF-8 as Windows-1252 and garbles å, ä and ö.
 */
public final class StatementCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("period", "organisationNumber", "organisation", "kind",
            "amount", "causeType", "causeId", "causeDetail", "rule", "counterpartyNumber", "counterparty",
            "corrects", "description");

    /** Which separator and decimal mark. */
    public enum Dialect {
        /** {@code ,} between fields, {@code .} in amounts. */
        STANDARD(',', '.'),
        /** {@code ;} between fields, {@code ,} in amounts. */
        SWEDISH(';', ',');

        private final char separator;
        private final char decimal;

        Dialect(char separator, char decimal) {
            this.separator = separator;
            this.decimal = decimal;
        }
    }

    private StatementCsv() {
    }

    public static String write(StatementView view, Dialect dialect) {
        StringBuilder csv = new StringBuilder();
        if (dialect == Dialect.SWEDISH) {
            csv.append('\uFEFF');
        }
        row(csv, dialect, COLUMNS);
        Organisation organisation = view.organisation();
        for (SettlementLine line : view.statement().lines()) {
            Organisation counterparty = line.counterparty() == null ? null
                    : view.counterparties().get(line.counterparty());
            row(csv, dialect, List.of(line.period().toString(), organisation.number().formatted(),
                    organisation.name().value(), line.kind().name(),
                    line.amount().toPlainString().replace('.', dialect.decimal), line.cause().type().name(),
                    line.cause().id(), nullToEmpty(line.cause().detail()), nullToEmpty(line.rule()),
                    counterparty == null ? "" : counterparty.number().formatted(),
                    counterparty == null ? "" : counterparty.name().value(),
                    line.corrects() == null ? "" : line.corrects().toString(), line.description()));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, Dialect dialect, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(dialect.separator);
            }
            csv.append(quoted(fields.get(i), dialect.separator));
        }
        csv.append("\r\n");
    }

    private static String quoted(String field, char separator) {
        boolean needs = field.indexOf(separator) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

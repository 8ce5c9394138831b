package se.esp.domain.settlement;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Something settled in a closed period that is no longer due (a cancelled delivery, project or joint cost): its
 * lines there are credited back, as correction lines, in the period being settled.
 */
public record Reversal(YearMonth originalPeriod, List<SettlementLine> originalLines, String reason) {

    public Reversal {
        Objects.requireNonNull(originalPeriod, "originalPeriod");
        originalLines = List.copyOf(originalLines);
        Objects.requireNonNull(reason, "reason");
    }
}

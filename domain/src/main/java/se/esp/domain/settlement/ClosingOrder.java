package se.esp.domain.settlement;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Months close strictly in calendar order. A correction always goes to the next open month, and documents of a
 * month (invoices, credit notes) refer to the documents of the months before it; a month closed while an earlier one
 * is still open would leave that earlier month's corrections nowhere to go and its credit notes pointing forward.
 *
 * <p>The rule: a month may be closed only when every stored month before it is closed and, if any month before it
 * is stored at all, the month right before it is one of them (no month skipped). The first month the platform ever
 * settles closes without a predecessor.</p>
 */
public final class ClosingOrder {

    private ClosingOrder() {
    }

    /**
     * @param earlier the status of each stored period before {@code period}; later ones are ignored
     * @throws DomainException {@code SETTLEMENT_PERIOD_OUT_OF_ORDER} naming the month to close first
     */
    public static void requireMayClose(YearMonth period, Map<YearMonth, PeriodStatus> earlier) {
        Optional<YearMonth> firstOpen = earlier.entrySet().stream()
                .filter(e -> e.getKey().isBefore(period) && e.getValue() != PeriodStatus.CLOSED)
                .map(Map.Entry::getKey).min(Comparator.naturalOrder());
        if (firstOpen.isPresent()) {
            throw new DomainException(ErrorCode.SETTLEMENT_PERIOD_OUT_OF_ORDER, "close " + firstOpen.get()
                    + " first: it is still open, and months close in order");
        }
        Optional<YearMonth> latest = earlier.keySet().stream().filter(p -> p.isBefore(period))
                .max(Comparator.naturalOrder());
        if (latest.isPresent() && !latest.get().equals(period.minusMonths(1))) {
            throw new DomainException(ErrorCode.SETTLEMENT_PERIOD_OUT_OF_ORDER, "settle and close "
                    + latest.get().plusMonths(1) + " first: the last closed month is " + latest.get()
                    + ", and months close in order");
        }
    }
}

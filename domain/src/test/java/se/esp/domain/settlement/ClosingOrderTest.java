package se.esp.domain.settlement;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.esp.domain.shared.DomainException;

class ClosingOrderTest {

    private static Map<YearMonth, PeriodStatus> stored(Object... monthAndClosed) {
        Map<YearMonth, PeriodStatus> statuses = new TreeMap<>();
        for (int i = 0; i < monthAndClosed.length; i += 2) {
            statuses.put(YearMonth.parse((String) monthAndClosed[i]),
                    (Boolean) monthAndClosed[i + 1] ? PeriodStatus.CLOSED : PeriodStatus.OPEN);
        }
        return statuses;
    }

    @Test
    void theFirstMonthEverSettledClosesWithoutAPredecessor() {
        assertThatCode(() -> ClosingOrder.requireMayClose(YearMonth.of(2026, 11), stored("2026-11", false)))
                .doesNotThrowAnyException();
    }

    @Test
    void aMonthClosesRightAfterTheClosedMonthBeforeIt() {
        assertThatCode(() -> ClosingOrder.requireMayClose(YearMonth.of(2026, 12),
                stored("2026-10", true, "2026-11", true, "2027-01", false)))
                .doesNotThrowAnyException();
    }

    @Test
    void anOpenEarlierMonthBlocksALaterCloseAndIsNamed() {
        assertThatThrownBy(() -> ClosingOrder.requireMayClose(YearMonth.of(2026, 12),
                stored("2026-10", false, "2026-11", false)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("close 2026-10 first");
    }

    @Test
    void aSkippedMonthBlocksTheCloseToo() {
        assertThatThrownBy(() -> ClosingOrder.requireMayClose(YearMonth.of(2027, 1), stored("2026-11", true)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("settle and close 2026-12 first");
    }
}

package se.esp.domain.settlement;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.esp.domain.shared.DomainException;

class ClosingOrderTest {

    private static SettlementPeriod stored(String month, boolean closed) {
        return SettlementPeriod.reconstitute(YearMonth.parse(month), closed ? PeriodStatus.CLOSED : PeriodStatus.OPEN,
                null, List.of(), List.of(), closed ? Instant.parse("2026-12-01T08:00:00Z") : null, 1);
    }

    @Test
    void theFirstMonthEverSettledClosesWithoutAPredecessor() {
        assertThatCode(() -> ClosingOrder.requireMayClose(YearMonth.of(2026, 11), List.of(stored("2026-11", false))))
                .doesNotThrowAnyException();
    }

    @Test
    void aMonthClosesRightAfterTheClosedMonthBeforeIt() {
        assertThatCode(() -> ClosingOrder.requireMayClose(YearMonth.of(2026, 12),
                List.of(stored("2026-10", true), stored("2026-11", true), stored("2027-01", false))))
                .doesNotThrowAnyException();
    }

    @Test
    void anOpenEarlierMonthBlocksALaterCloseAndIsNamed() {
        assertThatThrownBy(() -> ClosingOrder.requireMayClose(YearMonth.of(2026, 12),
                List.of(stored("2026-10", false), stored("2026-11", false))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("close 2026-10 first");
    }

    @Test
    void aSkippedMonthBlocksTheCloseToo() {
        assertThatThrownBy(() -> ClosingOrder.requireMayClose(YearMonth.of(2027, 1), List.of(stored("2026-11", true))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("settle and close 2026-12 first");
    }
}

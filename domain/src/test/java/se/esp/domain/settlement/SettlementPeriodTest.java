package se.esp.domain.settlement;

import se.esp.domain.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

class SettlementPeriodTest {

    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

    private static SettlementResult november() {
        return SettlementCalculator.settle(new SettlementInput(WorkedExampleTest.NOVEMBER, WorkedExampleTest.OWNER,
                WorkedExampleTest.demoSchedule(), List.of(WorkedExampleTest.studyGuidanceInArabic()), List.of(),
                List.of()));
    }

    @Test
    void anOpenPeriodCanBeSettledAgainAndKeepsEachRun() {
        SettlementPeriod period = SettlementPeriod.open(WorkedExampleTest.NOVEMBER);
        period.settle(november(), AT);
        SettlementPeriodSettled second = period.settle(november(), AT.plusSeconds(60));

        assertThat(second.runNumber()).isEqualTo(2);
        assertThat(period.runs()).hasSize(2);
        assertThat(period.unsavedLines()).contains(november().lines());
        assertThat(period.lineCount()).isEqualTo(november().lines().size());
        assertThat(period.netPositions().get(WorkedExampleTest.RONNEBY).toPlainString()).isEqualTo("14025.00");
        assertThat(period.netPositions().get(WorkedExampleTest.OLOFSTROM).toPlainString()).isEqualTo("-13000.00");
        assertThat(period.feeRevenue().get(LineKind.TRANSACTION_FEE).toPlainString()).isEqualTo("975.00");
        assertThat(Money.sum(List.copyOf(period.netPositions().values()))).isEqualTo(Money.ZERO);
    }

    @Test
    void aLoadedPeriodKeepsItsTotalsButNotItsLines() {
        SettlementPeriod settled = SettlementPeriod.open(WorkedExampleTest.NOVEMBER);
        settled.settle(november(), AT);
        SettlementPeriod loaded = SettlementPeriod.reconstitute(settled.period(), settled.status(),
                settled.owner().orElseThrow(), settled.totals(), settled.runs(), null, 1);

        assertThat(loaded.unsavedLines()).isEmpty();
        assertThat(loaded.netPositions()).isEqualTo(settled.netPositions());
        assertThat(loaded.lineCount()).isEqualTo(november().lines().size());
    }

    @Test
    void aStatementTakesOnlyItsOrganisationsLinesOfThePeriod() {
        SettlementPeriod period = SettlementPeriod.open(WorkedExampleTest.NOVEMBER);
        period.settle(november(), AT);
        List<SettlementLine> ronneby = november().lines().stream()
                .filter(l -> l.organisation().equals(WorkedExampleTest.RONNEBY)).toList();

        assertThat(period.statement(WorkedExampleTest.RONNEBY, ronneby).net().toPlainString()).isEqualTo("14025.00");
        assertThatThrownBy(() -> period.statement(WorkedExampleTest.OLOFSTROM, ronneby))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClosedPeriodRefusesAnotherRun() {
        SettlementPeriod period = SettlementPeriod.open(WorkedExampleTest.NOVEMBER);
        period.settle(november(), AT);
        period.close(LocalDate.of(2026, 12, 1), AT);

        assertThatThrownBy(() -> period.settle(november(), AT))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SETTLEMENT_PERIOD_CLOSED));
        assertThat(period.isClosed()).isTrue();
    }

    @Test
    void aPeriodClosesOnlyAfterItsLastDayAndOnlyOnceSettled() {
        SettlementPeriod period = SettlementPeriod.open(WorkedExampleTest.NOVEMBER);
        assertThatThrownBy(() -> period.close(LocalDate.of(2026, 12, 1), AT))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SETTLEMENT_PERIOD_NOT_SETTLED));
        period.settle(november(), AT);

        assertThatThrownBy(() -> period.close(LocalDate.of(2026, 11, 30), AT))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SETTLEMENT_PERIOD_NOT_ENDED));
        assertThat(period.close(LocalDate.of(2026, 12, 1), AT).netPositions())
                .containsEntry(WorkedExampleTest.OWNER, se.esp.domain.shared.Money.parse("975.00"));
    }
}

package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.port.out.SettlementPeriods;
import se.esp.application.port.out.Transactions;
import se.esp.domain.fee.ExampleFeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.FeeScheduleId;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.Cause;
import se.esp.domain.settlement.CauseType;
import se.esp.domain.settlement.Purchase;
import se.esp.domain.settlement.ResourceHours;
import se.esp.domain.settlement.Reversal;
import se.esp.domain.settlement.SettlementCalculator;
import se.esp.domain.settlement.SettlementInput;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.settlement.SettlementResult;
import se.esp.domain.settlement.SoldDelivery;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;

/** What every implementation of {@link SettlementPeriods} guarantees. */
public abstract class SettlementPeriodsContract {

    private static final Instant AT = Instant.parse("2026-12-01T08:00:00.123456Z");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final OrganisationId OWNER = OrganisationId.newId();
    private static final OrganisationId RONNEBY = OrganisationId.newId();
    private static final OrganisationId OLOFSTROM = OrganisationId.newId();
    private static final OrganisationId BORLANGE = OrganisationId.newId();
    private static final OrganisationId MALMO = OrganisationId.newId();

    private SettlementPeriods periods;
    private Transactions transactions;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        PersistenceAdapters adapters = Backends.fresh(backend());
        periods = adapters.settlementPeriods();
        transactions = adapters.transactions();
    }

    private static SettlementResult workedExample(YearMonth period, String deliveryId) {
        FeeSchedule schedule = FeeSchedule.establish(FeeScheduleId.newId(),
                new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026)), AT).schedule();
        SoldDelivery delivery = new SoldDelivery(deliveryId, RONNEBY, period.atDay(12), Money.ofKronor(19_500),
                List.of(new Purchase(OLOFSTROM, "application-1", 2), new Purchase(BORLANGE, "application-2", 1)),
                List.of(new ResourceHours("resource-1", MALMO, new BigDecimal("10"), Money.ofKronor(450))));
        return SettlementCalculator.settle(new SettlementInput(period, OWNER, schedule, List.of(delivery), List.of(),
                List.of()));
    }

    private SettlementPeriod save(SettlementPeriod period) {
        return transactions.inTransaction(() -> periods.save(period));
    }

    private List<SettlementLine> lines(YearMonth period) {
        return transactions.inTransaction(() -> periods.lines(period));
    }

    private SettlementPeriod find(YearMonth period) {
        return transactions.inTransaction(() -> periods.find(period)).orElseThrow();
    }

    @Test
    void keepsEveryLineOfTheLatestRunExactlyAndEveryRun() {
        SettlementPeriod november = SettlementPeriod.open(NOVEMBER);
        november.settle(workedExample(NOVEMBER, "delivery-1"), AT);
        SettlementPeriod saved = save(november);
        saved.settle(workedExample(NOVEMBER, "delivery-2"), AT.plusSeconds(60));
        save(saved);

        SettlementPeriod found = find(NOVEMBER);
        assertThat(found.version()).isEqualTo(2);
        SettlementResult latest = workedExample(NOVEMBER, "delivery-2");
        assertThat(lines(NOVEMBER)).isEqualTo(latest.lines());
        assertThat(found.unsavedLines()).isEmpty();
        assertThat(found.lineCount()).isEqualTo(latest.lines().size());
        assertThat(found.netPositions()).isEqualTo(latest.netPositions());
        assertThat(found.feeRevenue()).isEqualTo(latest.ownerFeeRevenue());
        assertThat(found.runs()).hasSize(2);
        assertThat(found.runs().get(1).ranAt()).isEqualTo(AT.plusSeconds(60).truncatedTo(ChronoUnit.MICROS));
        assertThat(found.runs().get(1).feeRevenue()).isEqualTo(Money.ofKronor(975));
        assertThat(found.owner()).contains(OWNER);
        List<SettlementLine> ronneby = transactions.inTransaction(() -> periods.linesOf(NOVEMBER, RONNEBY));
        assertThat(ronneby).isEqualTo(latest.lines().stream().filter(l -> l.organisation().equals(RONNEBY)).toList());
        assertThat(found.statement(RONNEBY, ronneby).net()).isEqualTo(Money.ofKronor(14_025));
        assertThat(transactions.inTransaction(() -> periods.linesOf(NOVEMBER.plusMonths(1), RONNEBY))).isEmpty();
    }

    @Test
    void aRunWithoutNewLinesKeepsTheStoredOnes() {
        SettlementPeriod november = SettlementPeriod.open(NOVEMBER);
        november.settle(workedExample(NOVEMBER, "delivery-1"), AT);
        save(november);
        SettlementPeriod found = find(NOVEMBER);
        found.close(LocalDate.of(2026, 12, 1), AT);
        save(found);

        assertThat(lines(NOVEMBER)).isEqualTo(workedExample(NOVEMBER, "delivery-1").lines());
        assertThat(find(NOVEMBER).netPositions().get(OLOFSTROM)).isEqualTo(Money.ofKronor(-13_000));
    }

    @Test
    void aClosedPeriodIsFoundClosedWithItsLinesAndRefusesAnyFurtherChange() {
        SettlementPeriod november = SettlementPeriod.open(NOVEMBER);
        november.settle(workedExample(NOVEMBER, "delivery-1"), AT);
        november.close(LocalDate.of(2026, 12, 1), AT);
        save(november);

        SettlementPeriod found = find(NOVEMBER);
        assertThat(found.isClosed()).isTrue();
        assertThat(transactions.inTransaction(() -> periods.isClosed(NOVEMBER))).isTrue();
        assertThat(transactions.inTransaction(() -> periods.isClosed(NOVEMBER.plusMonths(1)))).isFalse();
        SettlementPeriod sneaky = SettlementPeriod.reconstitute(NOVEMBER, se.esp.domain.settlement.PeriodStatus.OPEN,
                OWNER, List.of(), List.of(), null, found.version());
        assertThatThrownBy(() -> save(sneaky)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.SETTLEMENT_PERIOD_CLOSED));
        assertThat(lines(NOVEMBER)).hasSize(workedExample(NOVEMBER, "delivery-1").lines().size());
    }

    @Test
    void answersTheStatusOfEveryStoredPeriodBeforeAMonthOldestFirst() {
        SettlementPeriod october = SettlementPeriod.open(NOVEMBER.minusMonths(1));
        october.settle(workedExample(NOVEMBER.minusMonths(1), "delivery-1"), AT);
        october.close(LocalDate.of(2026, 11, 1), AT);
        save(october);
        SettlementPeriod november = SettlementPeriod.open(NOVEMBER);
        november.settle(workedExample(NOVEMBER, "delivery-2"), AT);
        save(november);

        assertThat(transactions.inTransaction(() -> periods.statusesBefore(NOVEMBER.plusMonths(1))))
                .containsExactly(java.util.Map.entry(NOVEMBER.minusMonths(1), se.esp.domain.settlement.PeriodStatus.CLOSED),
                        java.util.Map.entry(NOVEMBER, se.esp.domain.settlement.PeriodStatus.OPEN));
        assertThat(transactions.inTransaction(() -> periods.statusesBefore(NOVEMBER)))
                .containsOnlyKeys(NOVEMBER.minusMonths(1));
        assertThat(transactions.inTransaction(() -> periods.statusesBefore(NOVEMBER.minusMonths(1)))).isEmpty();
    }

    @Test
    void findsTheClosedLinesOfACauseForCorrections() {
        SettlementPeriod october = SettlementPeriod.open(NOVEMBER.minusMonths(1));
        october.settle(workedExample(NOVEMBER.minusMonths(1), "delivery-1"), AT);
        october.close(LocalDate.of(2026, 11, 1), AT);
        save(october);
        SettlementPeriod november = SettlementPeriod.open(NOVEMBER);
        november.settle(workedExample(NOVEMBER, "delivery-1"), AT);
        save(november);

        List<SettlementLine> closed = transactions.inTransaction(() ->
                periods.closedLinesCausedBy(new Cause(CauseType.DELIVERY, "delivery-1", null)));

        assertThat(closed).isEqualTo(workedExample(NOVEMBER.minusMonths(1), "delivery-1").lines());
        SettlementResult correction = SettlementCalculator.settle(new SettlementInput(NOVEMBER, OWNER, null,
                List.of(), List.of(), List.of(new Reversal(NOVEMBER.minusMonths(1), closed, "cancelled"))));
        assertThat(correction.netOf(OLOFSTROM)).isEqualTo(Money.ofKronor(13_000));
        assertThat(transactions.inTransaction(() ->
                periods.closedLinesCausedBy(new Cause(CauseType.DELIVERY, "delivery-9", null)))).isEmpty();
    }

    @Test
    void refusesAChangeMadeOnAnOutdatedReadAndListsNewestFirst() {
        SettlementPeriod november = SettlementPeriod.open(NOVEMBER);
        november.settle(workedExample(NOVEMBER, "delivery-1"), AT);
        save(november);
        SettlementPeriod october = SettlementPeriod.open(NOVEMBER.minusMonths(1));
        october.settle(workedExample(NOVEMBER.minusMonths(1), "delivery-0"), AT);
        save(october);
        SettlementPeriod first = find(NOVEMBER);
        SettlementPeriod second = find(NOVEMBER);
        first.settle(workedExample(NOVEMBER, "delivery-2"), AT);
        save(first);
        second.settle(workedExample(NOVEMBER, "delivery-3"), AT);

        assertThatThrownBy(() -> save(second)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThatThrownBy(() -> save(SettlementPeriod.open(NOVEMBER))).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThat(transactions.inTransaction(() -> periods.list(10))).extracting(SettlementPeriod::period)
                .containsExactly(NOVEMBER, NOVEMBER.minusMonths(1));
        assertThat(lines(NOVEMBER)).isNotEmpty()
                .allSatisfy(l -> assertThat(l.cause().id()).isEqualTo("delivery-2"));
    }

    /**
     * Two servers settling the same month at the same moment: the second waits for the first's transaction and is
     * then refused as stale, with the first run's lines kept whole (before the period was locked first, the two
     * deleted and inserted the same lines at once, and MariaDB's batch failed with an internal error).
     */
    @Test
    void ofTwoRunsOfOneMonthAtOnceTheSecondWaitsAndIsRefusedAsStale() throws Exception {
        SettlementPeriod november = SettlementPeriod.open(NOVEMBER);
        november.settle(workedExample(NOVEMBER, "delivery-1"), AT);
        save(november);
        SettlementPeriod first = find(NOVEMBER);
        SettlementPeriod second = find(NOVEMBER);
        first.settle(workedExample(NOVEMBER, "delivery-2"), AT);
        second.settle(workedExample(NOVEMBER, "delivery-3"), AT);

        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.atomic.AtomicReference<java.util.concurrent.Future<SettlementPeriod>> secondRun =
                    new java.util.concurrent.atomic.AtomicReference<>();
            transactions.inTransaction(() -> {
                periods.save(first);
                // the second run starts while the first holds its uncommitted run; it must wait, not interleave
                secondRun.set(other.submit(() -> save(second)));
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
            assertThatThrownBy(() -> secondRun.get().get(60, java.util.concurrent.TimeUnit.SECONDS))
                    .hasCauseInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e.getCause()).code())
                            .isEqualTo(ErrorCode.STALE_VERSION));
        } finally {
            other.shutdownNow();
        }
        assertThat(lines(NOVEMBER)).isEqualTo(workedExample(NOVEMBER, "delivery-2").lines());
        assertThat(find(NOVEMBER).version()).isEqualTo(2);
    }

    @Test
    void aMonthWithoutLinesIsSettledAndReplacesEarlierLines() {
        SettlementPeriod november = SettlementPeriod.open(NOVEMBER);
        november.settle(workedExample(NOVEMBER, "delivery-1"), AT);
        SettlementPeriod saved = save(november);
        saved.settle(SettlementCalculator.settle(new SettlementInput(NOVEMBER, OWNER, null, List.of(), List.of(),
                List.of())), AT.plusSeconds(60));
        save(saved);

        assertThat(lines(NOVEMBER)).as("the latest run had none").isEmpty();
        assertThat(find(NOVEMBER).lineCount()).isZero();
        assertThat(find(NOVEMBER).runs()).hasSize(2);
    }
}

package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.port.out.FeeSchedules;
import se.esp.application.port.out.Transactions;
import se.esp.domain.fee.BillingPeriod;
import se.esp.domain.fee.CostKey;
import se.esp.domain.fee.CostShare;
import se.esp.domain.fee.ExampleFeeRates;
import se.esp.domain.fee.FeeItemId;
import se.esp.domain.fee.FeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.FeeScheduleId;
import se.esp.domain.fee.Indexation;
import se.esp.domain.fee.JointCost;
import se.esp.domain.fee.Membership;
import se.esp.domain.fee.Partnership;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Percentage;

/** What every implementation of {@link FeeSchedules} guarantees. */
public abstract class FeeSchedulesContract {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    private FeeSchedules schedules;
    private Transactions transactions;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        PersistenceAdapters adapters = Backends.fresh(backend());
        schedules = adapters.feeSchedules();
        transactions = adapters.transactions();
    }

    private FeeSchedule save(FeeSchedule schedule) {
        return transactions.inTransaction(() -> schedules.save(schedule));
    }

    private FeeSchedule find() {
        return transactions.inTransaction(() -> schedules.find()).orElseThrow();
    }

    private static FeeSchedule demo() {
        return FeeSchedule.establish(FeeScheduleId.newId(),
                new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026)), AT).schedule();
    }

    @Test
    void keepsEveryRateVersionAgreementAndJointCostExactly() {
        FeeSchedule schedule = demo();
        schedule.changeRates(new RatesVersion(LocalDate.of(2027, 1, 1), new FeeRates(
                new Percentage(new java.math.BigDecimal("4.25")), Percentage.of(10),
                ExampleFeeRates.pricesOf(2027).membership(), ExampleFeeRates.pricesOf(2027).participation(),
                new Indexation(Percentage.of(3), 2027))), AT);
        schedule.agree(new Partnership(FeeItemId.newId(), OrganisationId.newId(), Money.ofKronor(300_000),
                BillingPeriod.YEAR, LocalDate.of(2026, 11, 10), LocalDate.of(2028, 12, 31)), AT);
        schedule.admit(new Membership(FeeItemId.newId(), OrganisationId.newId(), LocalDate.of(2026, 2, 1), null), AT);
        schedule.record(new JointCost(FeeItemId.newId(), "Gemensam utveckling – Ålö", Money.parse("100000.00"),
                CostKey.BY_POPULATION, List.of(new CostShare(OrganisationId.newId(), 0),
                new CostShare(OrganisationId.newId(), 3)), YearMonth.of(2026, 11), LocalDate.of(2026, 12, 2)), AT);

        FeeSchedule saved = save(schedule);
        FeeSchedule found = find();

        assertThat(saved.version()).isEqualTo(1);
        assertThat(found.id()).isEqualTo(schedule.id());
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.versions()).isEqualTo(schedule.versions());
        assertThat(found.partnerships()).isEqualTo(schedule.partnerships());
        assertThat(found.memberships()).isEqualTo(schedule.memberships());
        assertThat(found.jointCosts()).isEqualTo(schedule.jointCosts());
    }

    @Test
    void findsNothingBeforeASchedulesIsEstablishedAndRefusesASecond() {
        assertThat(transactions.inTransaction(() -> schedules.find())).isEmpty();
        save(demo());

        assertThatThrownBy(() -> save(demo())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FEE_SCHEDULE_ALREADY_ESTABLISHED));
    }

    @Test
    void refusesAChangeMadeOnAnOutdatedReadAndKeepsTheOtherChange() {
        save(demo());
        FeeSchedule first = find();
        FeeSchedule second = find();
        first.admit(new Membership(FeeItemId.newId(), OrganisationId.newId(), LocalDate.of(2026, 3, 1), null), AT);
        save(first);
        second.admit(new Membership(FeeItemId.newId(), OrganisationId.newId(), LocalDate.of(2026, 4, 1), null), AT);

        assertThatThrownBy(() -> save(second)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThat(find().memberships()).singleElement()
                .satisfies(m -> assertThat(m.joinedOn()).isEqualTo(LocalDate.of(2026, 3, 1)));
        assertThat(find().version()).isEqualTo(2);
    }

    @Test
    void aFailedTransactionLeavesNoSchedule() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            schedules.save(demo());
            throw new IllegalStateException("failed after the write");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(transactions.inTransaction(() -> schedules.find())).isEmpty();
    }
}

package se.esp.domain.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Percentage;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;

class FeeScheduleTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aChangeAppliesFromItsDateAndEarlierDatesKeepTheirRates() {
        var established = FeeSchedule.establish(FeeScheduleId.newId(),
                new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026)), AT);
        FeeSchedule schedule = established.schedule();
        FeeRates sixPercent = new FeeRates(Percentage.of(6), Percentage.of(10), ExampleFeeRates.pricesOf(2026)
                .membership(), ExampleFeeRates.pricesOf(2026).participation(), Indexation.none(2026));

        FeeRatesChanged changed = schedule.changeRates(new RatesVersion(LocalDate.of(2026, 7, 1), sixPercent), AT);

        assertThat(changed.rates().validFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(schedule.requireRatesOn(LocalDate.of(2026, 6, 30)).rates().transactionFee())
                .isEqualTo(Percentage.of(5));
        assertThat(schedule.requireRatesOn(LocalDate.of(2026, 7, 1)).rates().transactionFee())
                .isEqualTo(Percentage.of(6));
        assertThat(schedule.versions()).hasSize(2);
        assertThatThrownBy(() -> schedule.requireRatesOn(LocalDate.of(2025, 12, 31)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_RATES_ON_DATE));
    }

    @Test
    void anOrganisationIsAMemberOnlyOnceAtATime() {
        FeeSchedule schedule = FeeSchedule.establish(FeeScheduleId.newId(),
                new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026)), AT).schedule();
        OrganisationId member = OrganisationId.newId();
        Membership first = new Membership(FeeItemId.newId(), member, LocalDate.of(2026, 1, 1), null);
        schedule.admit(first, AT);

        assertThatThrownBy(() -> schedule.admit(new Membership(FeeItemId.newId(), member, LocalDate.of(2026, 3, 1),
                null), AT)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_A_MEMBER));
        schedule.end(first.id(), LocalDate.of(2026, 6, 30), AT);
        schedule.admit(new Membership(FeeItemId.newId(), member, LocalDate.of(2027, 1, 1), null), AT);
        assertThat(schedule.memberships()).hasSize(2);
        assertThatThrownBy(() -> schedule.end(first.id(), LocalDate.of(2026, 7, 30), AT))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.FEE_ITEM_ALREADY_ENDED));
    }

    @Test
    void refusesInvalidRulesNamingTheField() {
        assertThatThrownBy(() -> new Percentage(new BigDecimal("100.5")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("percent"));
        assertThatThrownBy(() -> new MembershipFees(List.of(new PopulationBand(5, Money.ZERO, Money.ZERO))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("membershipBands"));
        assertThatThrownBy(() -> new Partnership(FeeItemId.newId(), OrganisationId.newId(), Money.ZERO,
                BillingPeriod.YEAR, LocalDate.of(2026, 1, 1), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("fee"));
    }
}

package se.esp.domain.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.esp.domain.fee.ExampleFeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.FeeScheduleId;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/** The worked example of DOMAIN.md, "Money: fee rules and settlement", to the öre. */
class WorkedExampleTest {

    static final OrganisationId OLOFSTROM = OrganisationId.parse("00000000-0000-0000-0000-000000000811");
    static final OrganisationId BORLANGE = OrganisationId.parse("00000000-0000-0000-0000-000000002239");
    static final OrganisationId RONNEBY = OrganisationId.parse("00000000-0000-0000-0000-000000000837");
    static final OrganisationId MALMO = OrganisationId.parse("00000000-0000-0000-0000-000000001124");
    static final OrganisationId OWNER = OrganisationId.parse("00000000-0000-0000-0000-000000000001");
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    static FeeSchedule demoSchedule() {
        return FeeSchedule.establish(FeeScheduleId.newId(),
                new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026)),
                Instant.parse("2026-01-01T00:00:00Z")).schedule();
    }

    /** Ronneby sells study guidance at 6 500.00 per participant; Olofström has 2, Borlänge 1; Malmö's guide 10 h. */
    static SoldDelivery studyGuidanceInArabic() {
        Money perParticipant = Money.ofKronor(6_500);
        return new SoldDelivery("delivery-study-guidance-ar-1", RONNEBY, LocalDate.of(2026, 11, 12),
                perParticipant.times(3),
                List.of(new Purchase(OLOFSTROM, "application-olofstrom", 2),
                        new Purchase(BORLANGE, "application-borlange", 1)),
                List.of(new ResourceHours("resource-study-guide-malmo", MALMO, new BigDecimal("10"),
                        Money.ofKronor(450))));
    }

    @Test
    void holdsToTheOre() {
        SettlementResult result = SettlementCalculator.settle(new SettlementInput(NOVEMBER, OWNER, demoSchedule(),
                List.of(studyGuidanceInArabic()), List.of(), List.of()));

        assertThat(result.netOf(OLOFSTROM)).isEqualTo(Money.parse("-13000.00"));
        assertThat(result.netOf(BORLANGE)).isEqualTo(Money.parse("-6500.00"));
        assertThat(result.netOf(RONNEBY)).isEqualTo(Money.parse("14025.00"));
        assertThat(result.netOf(MALMO)).isEqualTo(Money.parse("4500.00"));
        assertThat(result.netOf(OWNER)).isEqualTo(Money.parse("975.00"));
        assertThat(result.total()).isEqualTo(Money.ZERO);
        assertThat(result.ownerFeeRevenue()).containsEntry(LineKind.TRANSACTION_FEE, Money.parse("975.00"));
    }

    @Test
    void ronnebysLinesShowSaleFeeAndHoursEachTracedToTheDelivery() {
        SettlementResult result = SettlementCalculator.settle(new SettlementInput(NOVEMBER, OWNER, demoSchedule(),
                List.of(studyGuidanceInArabic()), List.of(), List.of()));

        List<SettlementLine> ronneby = result.lines().stream().filter(l -> l.organisation().equals(RONNEBY)).toList();
        assertThat(ronneby).extracting(SettlementLine::kind, SettlementLine::amount).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(LineKind.DELIVERY_SOLD, Money.parse("19500.00")),
                org.assertj.core.groups.Tuple.tuple(LineKind.TRANSACTION_FEE, Money.parse("-975.00")),
                org.assertj.core.groups.Tuple.tuple(LineKind.RESOURCE_HOURS, Money.parse("-4500.00")));
        assertThat(ronneby).allSatisfy(l -> assertThat(l.cause().id()).isEqualTo("delivery-study-guidance-ar-1"));
        assertThat(result.lines()).filteredOn(l -> l.organisation().equals(OLOFSTROM))
                .singleElement().satisfies(l -> assertThat(l.cause().detail()).isEqualTo("application-olofstrom"));
        assertThat(result.lines()).filteredOn(l -> l.kind() == LineKind.TRANSACTION_FEE)
                .allSatisfy(l -> assertThat(l.rule()).isEqualTo("fee-schedule@2026-01-01"));
    }
}

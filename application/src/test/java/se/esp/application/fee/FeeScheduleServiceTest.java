package se.esp.application.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import se.esp.application.port.in.fee.FeeScheduleCommands;
import se.esp.domain.fee.JointCostSplit;
import se.esp.domain.organisation.Population;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.FeeSchedules;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.SettlementPeriods;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.fee.BillingPeriod;
import se.esp.domain.fee.CostKey;
import se.esp.domain.fee.CostShare;
import se.esp.domain.fee.ExampleFeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.FeeScheduleEstablished;
import se.esp.domain.fee.FeeScheduleId;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;

@ExtendWith(MockitoExtension.class)
class FeeScheduleServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-10T09:00:00Z");
    private static final ActingUser ADMIN = new ActingUser("admin", null, EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    private static final ActingUser COORDINATOR = new ActingUser("coordinator", OrganisationId.newId(),
            EnumSet.of(UserRole.COORDINATOR));
    private static final RatesVersion DEMO = new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026));

    @Mock
    private FeeSchedules schedules;
    @Mock
    private Organisations organisations;
    @Mock
    private SettlementPeriods periods;
    @Mock
    private EventOutbox outbox;

    private FeeScheduleService service;

    @BeforeEach
    void setUp() {
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        service = new FeeScheduleService(schedules, organisations, periods, outbox, direct,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static FeeSchedule stored() {
        FeeSchedule schedule = FeeSchedule.establish(FeeScheduleId.newId(), DEMO, NOW).schedule();
        return FeeSchedule.reconstitute(schedule.id(), schedule.versions(), List.of(), List.of(), List.of(), 1);
    }

    @Test
    void onlyAPlatformAdministratorReadsOrChangesTheScheduleAndNothingIsReadBeforeDeciding() {
        assertThatThrownBy(() -> service.establish(COORDINATOR, new FeeScheduleCommands.Establish(DEMO)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThatThrownBy(() -> service.get(COORDINATOR))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThatThrownBy(() -> service.find(COORDINATOR))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(schedules, organisations, periods, outbox);
    }

    @Test
    void beforeTheOwnerEstablishesItTheScheduleIsNotFoundAndFindSaysSoWithoutARefusal() {
        when(schedules.find()).thenReturn(Optional.empty());

        assertThat(service.find(ADMIN)).isEmpty();
        assertThatThrownBy(() -> service.get(ADMIN)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FEE_SCHEDULE_NOT_FOUND));

        FeeSchedule schedule = stored();
        when(schedules.find()).thenReturn(Optional.of(schedule));
        assertThat(service.find(ADMIN)).containsSame(schedule);
    }

    @Test
    void establishesOnceAndRecordsTheEvent() {
        when(schedules.find()).thenReturn(Optional.empty());
        when(schedules.save(any())).thenAnswer(call -> call.getArgument(0));

        service.establish(ADMIN, new FeeScheduleCommands.Establish(DEMO));

        verify(outbox).append(any(FeeScheduleEstablished.class));
        when(schedules.find()).thenReturn(Optional.of(stored()));
        assertThatThrownBy(() -> service.establish(ADMIN, new FeeScheduleCommands.Establish(DEMO)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.FEE_SCHEDULE_ALREADY_ESTABLISHED));
    }

    @Test
    void aChangeMayNotReachIntoAClosedPeriod() {
        Organisation partner = Organisation.reconstitute(OrganisationId.newId(), OrganisationNumber.parse("559999-0008"),
                new OrganisationProfile(new OrganisationName("Demopartner (fiktiv)"), OrganisationKind.COMPANY, null,
                        null), Set.of(), 1);
        when(schedules.find()).thenReturn(Optional.of(stored()));
        when(organisations.findById(partner.id())).thenReturn(Optional.of(partner));
        when(periods.isClosed(YearMonth.of(2026, 11))).thenReturn(true);

        assertThatThrownBy(() -> service.agreePartnership(ADMIN, new FeeScheduleCommands.AgreePartnership(1,
                partner.id(), Money.ofKronor(30_000), BillingPeriod.MONTH, LocalDate.of(2026, 11, 10), null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SETTLEMENT_PERIOD_CLOSED));
        verify(schedules, never()).save(any());
        verifyNoInteractions(outbox);
    }

    @Test
    void aCostSplitByPopulationNeedsEveryShareholdersPopulation() {
        Organisation company = Organisation.reconstitute(OrganisationId.newId(), OrganisationNumber.parse("559999-0008"),
                new OrganisationProfile(new OrganisationName("Demopartner (fiktiv)"), OrganisationKind.COMPANY, null,
                        null), Set.of(), 1);
        when(schedules.find()).thenReturn(Optional.of(stored()));
        when(organisations.findById(company.id())).thenReturn(Optional.of(company));

        assertThatThrownBy(() -> service.recordJointCost(ADMIN, new FeeScheduleCommands.RecordJointCost(1,
                "Gemensam utveckling", Money.ofKronor(100_000), CostKey.BY_POPULATION,
                List.of(new CostShare(company.id(), 0)), YearMonth.of(2026, 12))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("shares"));
        verify(schedules, never()).save(any());
    }

    @Test
    void aChangeBasedOnAnOutdatedReadIsRefused() {
        when(schedules.find()).thenReturn(Optional.of(stored()));

        assertThatThrownBy(() -> service.changeRates(ADMIN, new FeeScheduleCommands.ChangeRates(7,
                new RatesVersion(LocalDate.of(2027, 1, 1), ExampleFeeRates.pricesOf(2027)))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
    }

    @Test
    void thePreviewSplitsAsSettlementWouldByPopulationAndOnlyForAdministrators() {
        Organisation small = municipality("212000-0019", "Liten kommun (fiktiv)", 10_000);
        Organisation large = municipality("212000-0027", "Stor kommun (fiktiv)", 20_000);
        when(organisations.findById(small.id())).thenReturn(Optional.of(small));
        when(organisations.findById(large.id())).thenReturn(Optional.of(large));
        List<CostShare> shares = List.of(new CostShare(small.id(), 0), new CostShare(large.id(), 0));

        JointCostSplit split = service.preview(ADMIN, Money.ofKronor(100), CostKey.BY_POPULATION, shares);

        assertThat(split.applied()).isEqualTo(CostKey.BY_POPULATION);
        assertThat(split.parts()).extracting(JointCostSplit.Part::amount)
                .containsExactly(Money.ofOre(3_333), Money.ofOre(6_667));
        assertThat(split.total()).isEqualTo(Money.ofKronor(100));
        assertThatThrownBy(() -> service.preview(COORDINATOR, Money.ofKronor(100), CostKey.EQUALLY, shares))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> service.preview(ADMIN, Money.ZERO, CostKey.EQUALLY, shares))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("amount"));
    }

    private static Organisation municipality(String number, String name, long population) {
        return Organisation.reconstitute(OrganisationId.newId(), OrganisationNumber.parse(number),
                new OrganisationProfile(new OrganisationName(name), OrganisationKind.MUNICIPALITY,
                        new Population(population), null), Set.of(), 1);
    }
}

package se.esp.application.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
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

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.DeliverySettlementSource;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.FeeSchedules;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.ScalingProjects;
import se.esp.application.port.out.SettlementPeriods;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.Population;
import se.esp.domain.settlement.Cause;
import se.esp.domain.settlement.CauseType;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;

@ExtendWith(MockitoExtension.class)
class SettlementServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-10T09:00:00Z");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final Organisation OWNER = organisation("eSP (fiktiv demoägare)", "802999-0002",
            OrganisationKind.OWNER, null);
    private static final Organisation OLOFSTROM = organisation("Olofströms kommun", "212000-0811",
            OrganisationKind.MUNICIPALITY, 13_061L);
    private static final ActingUser ADMIN = new ActingUser("admin", null, EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    private static final ActingUser OLOFSTROM_STAFF = new ActingUser("case-officer", OLOFSTROM.id(),
            EnumSet.of(UserRole.CONSUMER_STAFF));

    @Mock
    private SettlementPeriods periods;
    @Mock
    private Organisations organisations;
    @Mock
    private FeeSchedules schedules;
    @Mock
    private ScalingProjects projects;
    @Mock
    private DeliverySettlementSource deliveries;
    @Mock
    private EventOutbox outbox;

    private SettlementService service;

    @BeforeEach
    void setUp() {
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        service = new SettlementService(periods, organisations, new FeeSettlementSource(schedules, projects,
                organisations), deliveries, outbox, direct, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Organisation organisation(String name, String number, OrganisationKind kind, Long population) {
        return Organisation.reconstitute(OrganisationId.newId(), OrganisationNumber.parse(number),
                new OrganisationProfile(new OrganisationName(name), kind,
                        population == null ? null : new Population(population), null), Set.of(), 1);
    }

    @Test
    void onlyAPlatformAdministratorSettlesOrClosesAndNothingIsReadBeforeDeciding() {
        assertThatThrownBy(() -> service.settle(OLOFSTROM_STAFF, NOVEMBER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThatThrownBy(() -> service.close(OLOFSTROM_STAFF, NOVEMBER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThatThrownBy(() -> service.statement(OLOFSTROM_STAFF, NOVEMBER, OWNER.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(periods, organisations, schedules, projects, deliveries, outbox);
    }

    @Test
    void aDeliveryCancelledAfterItsMonthClosedIsCreditedBackInTheMonthOfTheCancellation() {
        when(organisations.list(any(), any())).thenAnswer(call -> new Page<>(List.of(OWNER), PageRequest.first(), 1));
        lenient().when(schedules.find()).thenReturn(Optional.empty());
        when(periods.find(DECEMBER)).thenReturn(Optional.empty());
        when(periods.save(any())).thenAnswer(call -> call.getArgument(0));
        when(deliveries.cancelledIn(DECEMBER)).thenReturn(List.of("delivery-1"));
        when(deliveries.soldIn(DECEMBER)).thenReturn(List.of());
        Cause delivery = new Cause(CauseType.DELIVERY, "delivery-1", null);
        when(periods.closedLinesCausedBy(delivery)).thenReturn(List.of(
                new SettlementLine(NOVEMBER, OLOFSTROM.id(), LineKind.DELIVERY_BOUGHT, Money.ofKronor(-13_000),
                        new Cause(CauseType.DELIVERY, "delivery-1", "application-1"), null, OWNER.id(), null, "Bought"),
                new SettlementLine(NOVEMBER, OWNER.id(), LineKind.DELIVERY_SOLD, Money.ofKronor(13_000),
                        delivery, null, null, null, "Sold")));

        SettlementPeriod december = service.settle(ADMIN, DECEMBER);

        List<SettlementLine> stored = december.unsavedLines().orElseThrow();
        assertThat(december.netPositions().get(OLOFSTROM.id())).isEqualTo(Money.ofKronor(13_000));
        assertThat(stored).allSatisfy(l -> {
            assertThat(l.corrects()).isEqualTo(NOVEMBER);
            assertThat(l.period()).isEqualTo(DECEMBER);
        });
        assertThat(Money.sum(stored.stream().map(SettlementLine::amount).toList())).isEqualTo(Money.ZERO);
    }

    @Test
    void refusesToSettleWithoutAnOwner() {
        when(organisations.list(any(), any())).thenAnswer(call -> new Page<>(List.of(), PageRequest.first(), 0));
        when(periods.find(NOVEMBER)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.settle(ADMIN, NOVEMBER))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.OWNER_NOT_REGISTERED));
        verifyNoInteractions(outbox);
    }

    @Test
    void closingBeforeTheMonthHasEndedIsRefused() {
        when(periods.find(DECEMBER)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.close(ADMIN, DECEMBER))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SETTLEMENT_PERIOD_NOT_ENDED));
        verifyNoInteractions(outbox);
    }

    @Test
    void aCoordinatorOrResourcePersonOfTheOrganisationDoesNotReadItsStatementButItsConsumerStaffDo() {
        for (UserRole role : List.of(UserRole.COORDINATOR, UserRole.RESOURCE_PERSON)) {
            ActingUser ofOlofstrom = new ActingUser("olofstrom-" + role, OLOFSTROM.id(), EnumSet.of(role));
            assertThatThrownBy(() -> service.statement(ofOlofstrom, NOVEMBER, OLOFSTROM.id()))
                    .as(role.name()).isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        }
        verifyNoInteractions(periods, organisations);

        when(periods.find(NOVEMBER)).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.statement(OLOFSTROM_STAFF, NOVEMBER, OLOFSTROM.id()))
                .as("its consumer staff get past authorisation to the period").isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SETTLEMENT_PERIOD_NOT_FOUND));
    }
}

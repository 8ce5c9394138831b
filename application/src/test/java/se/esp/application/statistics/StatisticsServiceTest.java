package se.esp.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
import se.esp.application.port.in.statistics.MonthRange;
import se.esp.application.port.in.statistics.OfferingBreakdown;
import se.esp.application.port.in.statistics.OfferingCoverage;
import se.esp.application.port.in.statistics.Series;
import se.esp.application.port.in.statistics.StatisticsReport;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.StatisticsQueries;
import se.esp.application.port.out.StatisticsQueries.ApplicationFigures;
import se.esp.application.port.out.StatisticsQueries.CoverageFigures;
import se.esp.application.port.out.StatisticsQueries.DeliveryFigures;
import se.esp.application.port.out.StatisticsQueries.Scope;
import se.esp.application.port.out.StatisticsQueries.SettledFigures;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.Population;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;

@ExtendWith(MockitoExtension.class)
class StatisticsServiceTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final MonthRange FIRST_QUARTER = new MonthRange(JANUARY, MARCH);
    private static final Organisation OWNER = organisation("eSP Nationell plattform", "802999-0002",
            OrganisationKind.OWNER);
    private static final Organisation OLOFSTROM = organisation("Olofströms kommun", "212000-0811",
            OrganisationKind.MUNICIPALITY);
    private static final Organisation RONNEBY = organisation("Ronneby kommun", "212000-0837",
            OrganisationKind.MUNICIPALITY);
    private static final OfferingId ARABIC = OfferingId.newId();
    private static final OfferingId SOMALI = OfferingId.newId();
    private static final LocalisedText ARABIC_TITLES = LocalisedText.svEn("Studievägledning online på arabiska",
            "Study guidance online in Arabic");
    private static final ActingUser ADMIN = new ActingUser("admin", OWNER.id(),
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    private static final ActingUser OLOFSTROM_CONSUMER = new ActingUser("olofstrom", OLOFSTROM.id(),
            EnumSet.of(UserRole.CONSUMER_STAFF));
    private static final ActingUser OLOFSTROM_SUPPLIER = new ActingUser("olofstrom-s", OLOFSTROM.id(),
            EnumSet.of(UserRole.SUPPLIER_STAFF));
    private static final ActingUser RONNEBY_SUPPLIER = new ActingUser("ronneby", RONNEBY.id(),
            EnumSet.of(UserRole.SUPPLIER_STAFF));

    @Mock
    private StatisticsQueries queries;
    @Mock
    private Organisations organisations;

    private StatisticsService service;

    @BeforeEach
    void setUp() {
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        service = new StatisticsService(queries, organisations, direct);
    }

    private static Organisation organisation(String name, String number, OrganisationKind kind) {
        return Organisation.reconstitute(OrganisationId.newId(), OrganisationNumber.parse(number),
                new OrganisationProfile(new OrganisationName(name), kind,
                        kind == OrganisationKind.MUNICIPALITY ? new Population(10_000) : null, null), Set.of(), 1);
    }

    private static List<BigDecimal> values(StatisticsReport report, String name) {
        return report.series(name).orElseThrow().values();
    }

    @Test
    void consumerStaffReadOnlyTheirOwnConsumerStatisticsAndNothingIsReadBeforeDeciding() {
        assertThatThrownBy(() -> service.consumer(OLOFSTROM_CONSUMER, RONNEBY.id(), FIRST_QUARTER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThatThrownBy(() -> service.consumer(OLOFSTROM_SUPPLIER, OLOFSTROM.id(), FIRST_QUARTER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThatThrownBy(() -> service.supplier(OLOFSTROM_CONSUMER, OLOFSTROM.id(), FIRST_QUARTER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThatThrownBy(() -> service.supplier(OLOFSTROM_SUPPLIER, RONNEBY.id(), FIRST_QUARTER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThatThrownBy(() -> service.platform(RONNEBY_SUPPLIER, FIRST_QUARTER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(queries, organisations);
    }

    @Test
    void anUnknownOrganisationIsNotFoundEvenForAnAdministrator() {
        OrganisationId unknown = OrganisationId.newId();
        when(organisations.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.consumer(ADMIN, unknown, FIRST_QUARTER))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ORGANISATION_NOT_FOUND));
    }

    @Test
    void aConsumersSeriesHaveAValuePerMonthWithZerosWhereNothingHappenedAndTheCostAsAPositiveAmount() {
        when(organisations.findById(OLOFSTROM.id())).thenReturn(Optional.of(OLOFSTROM));
        Scope scope = Scope.consumer(OLOFSTROM.id());
        when(queries.applications(scope, JANUARY, MARCH)).thenReturn(List.of(
                new ApplicationFigures(JANUARY, ARABIC, 1, 2), new ApplicationFigures(MARCH, SOMALI, 2, 3)));
        when(queries.deliveries(scope, JANUARY, MARCH)).thenReturn(List.of(
                new DeliveryFigures(JANUARY, ARABIC, 1, 3, 2, new BigDecimal("10.00"))));
        when(queries.settled(OLOFSTROM.id(), JANUARY, MARCH)).thenReturn(List.of(
                new SettledFigures(JANUARY, ARABIC, LineKind.DELIVERY_BOUGHT, null, Money.ofKronor(-13_000)),
                new SettledFigures(JANUARY, null, LineKind.MEMBERSHIP_ANNUAL_FEE, "rates-2026", Money.ofKronor(-8_000))));
        when(queries.titles(any())).thenReturn(Map.of(ARABIC, ARABIC_TITLES));

        StatisticsReport report = service.consumer(OLOFSTROM_CONSUMER, OLOFSTROM.id(), FIRST_QUARTER);

        assertThat(report.series()).extracting(Series::name)
                .containsExactly("applications", "participants", "deliveries", "hours", "cost");
        assertThat(values(report, "applications")).containsExactly(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.valueOf(2));
        assertThat(values(report, "participants")).containsExactly(BigDecimal.valueOf(2), BigDecimal.ZERO, BigDecimal.valueOf(3));
        assertThat(report.series("participants").orElseThrow().total()).isEqualTo(BigDecimal.valueOf(5));
        assertThat(values(report, "hours")).containsExactly(new BigDecimal("10.00"), new BigDecimal("0.00"), new BigDecimal("0.00"));
        // Only what it bought: the membership fee is not a purchase.
        assertThat(values(report, "cost")).containsExactly(new BigDecimal("13000.00"), new BigDecimal("0.00"), new BigDecimal("0.00"));
        assertThat(report.byOffering()).hasSize(2).allSatisfy(b -> assertThat(b.series()).hasSize(5));
        assertThat(report.byOffering()).extracting(OfferingBreakdown::title)
                .as("an offering storage has no title for is named by its id")
                .containsExactlyInAnyOrder(SOMALI.toString(), "Study guidance online in Arabic")
                .isSorted();
        assertThat(report.byOffering()).filteredOn(b -> b.offering().equals(ARABIC)).singleElement()
                .as("the breakdown carries every title of the offering, so a Swedish reader gets the Swedish one")
                .satisfies(b -> {
                    assertThat(b.titles()).isEqualTo(ARABIC_TITLES);
                    assertThat(b.titleIn(LanguageCode.SWEDISH)).isEqualTo("Studievägledning online på arabiska");
                    assertThat(b.titleIn(LanguageCode.ENGLISH)).isEqualTo("Study guidance online in Arabic");
                });
        assertThat(report.byOffering()).filteredOn(b -> b.offering().equals(SOMALI)).singleElement()
                .satisfies(b -> assertThat(b.series().get(0).values())
                        .containsExactly(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.valueOf(2)));
    }

    @Test
    void aSuppliersUtilisationIsSeatsPlacedOverSeatsOfferedAndItsTotalIsComputedFromTheSums() {
        when(organisations.findById(RONNEBY.id())).thenReturn(Optional.of(RONNEBY));
        Scope scope = Scope.supplier(RONNEBY.id());
        when(queries.deliveries(scope, JANUARY, MARCH)).thenReturn(List.of(
                new DeliveryFigures(JANUARY, ARABIC, 1, 4, 3, new BigDecimal("10.00")),
                new DeliveryFigures(MARCH, ARABIC, 2, 8, 2, new BigDecimal("20.00"))));
        when(queries.settled(RONNEBY.id(), JANUARY, MARCH)).thenReturn(List.of(
                new SettledFigures(JANUARY, ARABIC, LineKind.DELIVERY_SOLD, null, Money.ofKronor(19_500)),
                new SettledFigures(JANUARY, ARABIC, LineKind.TRANSACTION_FEE, "rates-2026", Money.ofKronor(-975))));
        when(queries.titles(any())).thenReturn(Map.of(ARABIC, ARABIC_TITLES));

        StatisticsReport report = service.supplier(RONNEBY_SUPPLIER, RONNEBY.id(), FIRST_QUARTER);

        Series utilisation = report.series("utilisation").orElseThrow();
        assertThat(utilisation.values()).containsExactly(new BigDecimal("75.00"), new BigDecimal("0.00"),
                new BigDecimal("25.00"));
        assertThat(utilisation.total()).isEqualTo(new BigDecimal("41.67")); // 5 of 12
        assertThat(report.series("sales").orElseThrow().total()).isEqualTo(new BigDecimal("19500.00"));
        assertThat(report.series("transactionFees").orElseThrow().total()).isEqualTo(new BigDecimal("975.00"));
    }

    @Test
    void thePlatformShowsTheOwnersFeeRevenuePerRuleTheVolumeSoldAndCoverage() {
        when(organisations.list(any(), any())).thenReturn(new Page<>(List.of(OWNER), PageRequest.first(), 1));
        when(queries.settled(OWNER.id(), JANUARY, MARCH)).thenReturn(List.of(
                new SettledFigures(JANUARY, ARABIC, LineKind.TRANSACTION_FEE, "rates-2026", Money.ofKronor(975)),
                new SettledFigures(MARCH, null, LineKind.MEMBERSHIP_ANNUAL_FEE, "rates-2026", Money.ofKronor(8_000)),
                new SettledFigures(MARCH, null, LineKind.JOINT_COST, null, Money.ofKronor(500))));
        when(queries.sold(JANUARY, MARCH)).thenReturn(List.of(
                new SettledFigures(JANUARY, ARABIC, LineKind.DELIVERY_SOLD, null, Money.ofKronor(19_500))));
        when(queries.coverage(JANUARY, MARCH)).thenReturn(List.of(new CoverageFigures(ARABIC, 2, 3)));
        when(queries.titles(any())).thenReturn(Map.of(ARABIC, ARABIC_TITLES));

        StatisticsReport report = service.platform(ADMIN, FIRST_QUARTER);

        assertThat(report.series("transactionVolume").orElseThrow().total()).isEqualTo(new BigDecimal("19500.00"));
        // A joint cost recovers a cost; it is not fee revenue.
        assertThat(values(report, "feeRevenue")).containsExactly(new BigDecimal("975.00"), new BigDecimal("0.00"),
                new BigDecimal("8000.00"));
        assertThat(report.byRule()).extracting(r -> r.kind() + " " + r.rule() + " " + r.revenue().total())
                .containsExactly("TRANSACTION_FEE rates-2026 975.00", "MEMBERSHIP_ANNUAL_FEE rates-2026 8000.00");
        assertThat(report.coverage()).singleElement().satisfies(c -> {
            assertThat(c.municipalities()).isEqualTo(2);
            assertThat(c.consumers()).isEqualTo(3);
            assertThat(c.title()).as("the REST API's name: English first").isEqualTo("Study guidance online in Arabic");
            assertThat(c.titleIn(LanguageCode.SWEDISH)).isEqualTo("Studievägledning online på arabiska");
        });
    }

    @Test
    void theCoverageIsWidestFirstThenByEnglishTitleThenByIdWhateverOrderStorageReturnsItIn() {
        OfferingId civic = OfferingId.newId();
        OfferingId care = OfferingId.newId();
        when(organisations.list(any(), any())).thenReturn(new Page<>(List.of(), PageRequest.first(), 0));
        when(queries.coverage(JANUARY, MARCH)).thenReturn(List.of(new CoverageFigures(SOMALI, 1, 1),
                new CoverageFigures(care, 2, 2), new CoverageFigures(civic, 2, 5), new CoverageFigures(ARABIC, 3, 3)));
        when(queries.titles(any())).thenReturn(Map.of(ARABIC, ARABIC_TITLES,
                civic, LocalisedText.svEn("Samhällsorientering online", "Civic orientation online"),
                care, LocalisedText.svEn("Förberedande kurs i vård och omsorg", "Preparatory course in care work")));

        StatisticsReport report = service.platform(ADMIN, FIRST_QUARTER);

        assertThat(report.coverage()).extracting(c -> c.offering())
                .containsExactly(ARABIC, civic, care, SOMALI);
    }

    @Test
    void anOfferingIsNamedInTheReadersLanguageElseSwedishElseEnglishElseAnyElseByItsId() {
        OfferingId id = OfferingId.newId();
        LocalisedText english = LocalisedText.of(LanguageCode.ENGLISH, "Civic orientation online");
        LocalisedText arabic = LocalisedText.of(LanguageCode.of("ar"), "التوجيه الدراسي");

        assertThat(new OfferingBreakdown(id, ARABIC_TITLES, List.of()).titleIn(LanguageCode.SWEDISH))
                .isEqualTo("Studievägledning online på arabiska");
        assertThat(new OfferingBreakdown(id, ARABIC_TITLES, List.of()).titleIn(LanguageCode.of("ar")))
                .isEqualTo("Studievägledning online på arabiska");
        assertThat(new OfferingBreakdown(id, english, List.of()).titleIn(LanguageCode.SWEDISH))
                .isEqualTo("Civic orientation online");
        assertThat(new OfferingCoverage(id, arabic, 1, 1).titleIn(LanguageCode.SWEDISH)).isEqualTo("التوجيه الدراسي");
        assertThat(new OfferingCoverage(id, arabic, 1, 1).title()).isEqualTo("التوجيه الدراسي");
        assertThat(new OfferingCoverage(id, LocalisedText.empty(), 1, 1).titleIn(LanguageCode.SWEDISH))
                .isEqualTo(id.toString());
        assertThat(new OfferingBreakdown(id, LocalisedText.empty(), List.of()).title()).isEqualTo(id.toString());
    }

    @Test
    void aRangeNamesItsFieldsWhenMalformedBackwardsOrLongerThanThreeYears() {
        assertThatThrownBy(() -> MonthRange.parse("2026-13", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("from", "to"));
        assertThatThrownBy(() -> MonthRange.parse("2026-05", "2026-04"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("to"));
        assertThatThrownBy(() -> MonthRange.parse("2026-01", "2029-01"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("to"));
        assertThat(MonthRange.parse("2026-01", "2028-12").size()).isEqualTo(36);
    }
}

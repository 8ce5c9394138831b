package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.persistence.testing.DeliveryFixtures.seat;
import static se.esp.adapter.persistence.testing.OrganisationFixtures.anOrganisation;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.adapter.persistence.testing.DeliveryFixtures;
import se.esp.adapter.persistence.testing.PackagingFixtures;
import se.esp.application.port.out.StatisticsQueries;
import se.esp.application.port.out.StatisticsQueries.ApplicationFigures;
import se.esp.application.port.out.StatisticsQueries.CoverageFigures;
import se.esp.application.port.out.StatisticsQueries.DeliveryFigures;
import se.esp.application.port.out.StatisticsQueries.Scope;
import se.esp.application.port.out.StatisticsQueries.SettledFigures;
import se.esp.application.port.out.Transactions;
import se.esp.domain.application.Application;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.ResourceAssignment;
import se.esp.domain.fee.ExampleFeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.FeeScheduleId;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.settlement.Purchase;
import se.esp.domain.settlement.ResourceHours;
import se.esp.domain.settlement.SettlementCalculator;
import se.esp.domain.settlement.SettlementInput;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.settlement.SoldDelivery;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/**
 * What every implementation of {@link StatisticsQueries} guarantees, on figures small enough to check by hand.
 *
 * <p>Ronneby supplies two offerings: A (the fixtures' study guidance) and B. Range November–December 2026.
 * Applications received (UTC): Olofström 2 participants to A on 23 Nov; Borlänge 1 to A at 30 Nov 23:59:59;
 * Malmö 3 to B at 1 Dec 00:00; Region Stockholm (not a municipality) 1 to B on 15 Dec; outside the range
 * Olofström 1 to A at 31 Oct 23:59:59 and Borlänge 4 to A at 1 Jan 2027 00:00. Deliveries (8 seats, 10 resource
 * hours each): D1 of A from 7 Dec with Olofström's 2 and Borlänge's 1; D3 of B from 28 Dec with Malmö's 3 and the
 * region's 1; D2 of A from 14 Dec, cancelled; D4 of A from 4 Jan 2027. Settled: December with D1 (the DOMAIN.md
 * worked example: 19 500.00, fee 975.00, hours 4 500.00 to Malmö) and D3 (26 000.00, fee 1 300.00, hours
 * 4 500.00); November with a delivery that is not stored (1 000.00 bought by the region, fee 50.00); January 2027
 * with D4 (outside).</p>
 */
public abstract class StatisticsQueriesContract {

    private static final Instant AT = DeliveryFixtures.AT;
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final YearMonth JANUARY = YearMonth.of(2027, 1);
    private static final String RULE = "fee-schedule@2026-01-01";
    private static final BigDecimal TEN_HOURS = new BigDecimal("10.00");

    private PersistenceAdapters adapters;
    private Transactions transactions;
    private DeliveryFixtures given;
    private StatisticsQueries statistics;
    private Organisation region;
    private final OrganisationId owner = OrganisationId.newId();
    private OfferingId a;
    private OfferingId b;

    protected abstract Backend backend();

    @BeforeEach
    void storeTheFigures() {
        adapters = Backends.fresh(backend());
        transactions = adapters.transactions();
        given = DeliveryFixtures.storedIn(adapters);
        statistics = adapters.statistics();
        region = tx(() -> adapters.organisations().save(anOrganisation().named("Region Stockholm")
                .ofKind(OrganisationKind.REGION).build()));
        Offering offeringB = tx(() -> {
            Packaging packaging = adapters.packagings().save(Packaging.create(PackagingId.newId(),
                    given.ronneby.id(), DeliveryFixtures.STUDY_GUIDANCE, AT).packaging());
            return adapters.offerings().save(Offering.launch(OfferingId.newId(), packaging.id(), given.ronneby.id(),
                    OfferingVersionId.newId(), 1, DeliveryFixtures.STUDY_GUIDANCE, AT).offering());
        });
        a = given.offering.id();
        b = offeringB.id();

        Application olofstroms = apply(given.olofstrom, given.offering, 2, "2026-11-23T09:00:00Z");
        Application borlanges = apply(given.borlange, given.offering, 1, "2026-11-30T23:59:59Z");
        Application malmos = apply(given.malmo, offeringB, 3, "2026-12-01T00:00:00Z");
        Application regions = apply(region, offeringB, 1, "2026-12-15T10:00:00Z");
        apply(given.olofstrom, given.offering, 1, "2026-10-31T23:59:59Z");
        Application tooLate = apply(given.borlange, given.offering, 4, "2027-01-01T00:00:00Z");

        Delivery d1 = deliver(given.offering, LocalDate.of(2026, 12, 7), olofstroms, borlanges);
        Delivery d2 = given.delivery(LocalDate.of(2026, 12, 14), CostSplitRule.PER_PARTICIPANT);
        seat(d2, apply(given.olofstrom, given.offering, 1, "2026-11-02T08:00:00Z"));
        d2.cancel("Resursen sjuk", AT);
        tx(() -> adapters.deliveries().save(d2));
        Delivery d3 = deliver(offeringB, LocalDate.of(2026, 12, 28), malmos, regions);
        Delivery d4 = deliver(given.offering, LocalDate.of(2027, 1, 4), tooLate);

        settle(DECEMBER, sold(d1.id().toString(), 19_500, new Purchase(given.olofstrom.id(), "olofstrom", 2),
                        new Purchase(given.borlange.id(), "borlange", 1)),
                sold(d3.id().toString(), 26_000, new Purchase(given.malmo.id(), "malmo", 3),
                        new Purchase(region.id(), "region", 1)));
        settle(NOVEMBER, sold(DeliveryId.newId().toString(), 1_000, new Purchase(region.id(), "region", 1)));
        settle(JANUARY, sold(d4.id().toString(), 26_000, new Purchase(given.borlange.id(), "borlange", 4)));
    }

    private <T> T tx(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    /** A received application of the consumer to the offering, stored. */
    private Application apply(Organisation consumer, Offering offering, int participants, String receivedAt) {
        Application application = given.application(consumer, participants, "ar", null, Instant.parse(receivedAt));
        Application onOffering = offering.id().equals(given.offering.id()) ? application
                : Application.reconstitute(application.id(), application.consumer(), application.submittedBy(), null,
                offering.id(), offering.current().id(), application.supplier(), application.participants(),
                application.language(), application.earliestStart(), application.urgent(), application.receivedAt(),
                application.status(), null, null, null, null, 0);
        return tx(() -> adapters.applications().save(onOffering));
    }

    private Delivery deliver(Offering offering, LocalDate startsOn, Application... seated) {
        Delivery delivery = Delivery.open(DeliveryId.newId(), offering.current().id(),
                given.ronneby.id(), "Studievägledning", LanguageCode.of("ar"),
                new ResourceAssignment(given.studyGuide.id(), "Amina Haddad", given.malmo.id(), Money.parse("450.00"),
                        new BigDecimal("10")),
                List.of(WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "10:00")), startsOn, startsOn.plusWeeks(10)
                        .minusDays(1), 8, Money.parse("6500.00"), CostSplitRule.PER_PARTICIPANT, AT).delivery();
        for (Application application : seated) {
            seat(delivery, application);
        }
        return tx(() -> adapters.deliveries().save(delivery));
    }

    private SoldDelivery sold(String deliveryId, long kronor, Purchase... purchases) {
        return new SoldDelivery(deliveryId, given.ronneby.id(), LocalDate.of(2026, 12, 12), Money.ofKronor(kronor),
                List.of(purchases), List.of(new ResourceHours("amina", given.malmo.id(), new BigDecimal("10"),
                Money.ofKronor(450))));
    }

    private void settle(YearMonth month, SoldDelivery... deliveries) {
        FeeSchedule schedule = FeeSchedule.establish(FeeScheduleId.newId(),
                new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026)), AT).schedule();
        SettlementPeriod period = SettlementPeriod.open(month);
        period.settle(SettlementCalculator.settle(new SettlementInput(month, owner, schedule, List.of(deliveries),
                List.of(), List.of())), AT);
        tx(() -> adapters.settlementPeriods().save(period));
    }

    private static SettledFigures line(YearMonth period, OfferingId offering, LineKind kind, String rule,
                                       String amount) {
        return new SettledFigures(period, offering, kind, rule, Money.parse(amount));
    }

    @Test
    void countsApplicationsAndTheirParticipantsByMonthOfReceiptInUtcAndOffering() {
        List<ApplicationFigures> all = tx(() -> statistics.applications(Scope.platform(), NOVEMBER, DECEMBER));
        assertThat(all).containsExactlyInAnyOrder(
                new ApplicationFigures(NOVEMBER, a, 3, 4), // Olofström's 2, Borlänge's 1, the 2 Nov one's 1
                new ApplicationFigures(DECEMBER, b, 2, 4));
        assertThat(tx(() -> statistics.applications(Scope.supplier(given.ronneby.id()), NOVEMBER, DECEMBER)))
                .containsExactlyInAnyOrderElementsOf(all);
        assertThat(tx(() -> statistics.applications(Scope.supplier(given.malmo.id()), NOVEMBER, DECEMBER))).isEmpty();
        assertThat(tx(() -> statistics.applications(Scope.consumer(given.olofstrom.id()), NOVEMBER, DECEMBER)))
                .containsExactly(new ApplicationFigures(NOVEMBER, a, 2, 3));
        assertThat(tx(() -> statistics.applications(Scope.consumer(given.olofstrom.id()), YearMonth.of(2026, 10),
                YearMonth.of(2026, 10)))).containsExactly(new ApplicationFigures(YearMonth.of(2026, 10), a, 1, 1));
    }

    @Test
    void sumsDeliveriesSeatsAndHoursByMonthOfStartLeavingOutCancelledOnes() {
        List<DeliveryFigures> all = tx(() -> statistics.deliveries(Scope.platform(), NOVEMBER, DECEMBER));
        assertThat(all).containsExactlyInAnyOrder(
                new DeliveryFigures(DECEMBER, a, 1, 8, 3, TEN_HOURS),
                new DeliveryFigures(DECEMBER, b, 1, 8, 4, TEN_HOURS));
        assertThat(tx(() -> statistics.deliveries(Scope.supplier(given.ronneby.id()), NOVEMBER, DECEMBER)))
                .containsExactlyInAnyOrderElementsOf(all);
        assertThat(tx(() -> statistics.deliveries(Scope.supplier(given.ronneby.id()), JANUARY, JANUARY)))
                .containsExactly(new DeliveryFigures(JANUARY, a, 1, 8, 4, TEN_HOURS));
    }

    @Test
    void aConsumerSeesTheDeliveriesItsParticipantsAreInWithOnlyItsOwnSeatsPlaced() {
        assertThat(tx(() -> statistics.deliveries(Scope.consumer(given.olofstrom.id()), NOVEMBER, DECEMBER)))
                .containsExactly(new DeliveryFigures(DECEMBER, a, 1, 8, 2, TEN_HOURS));
        assertThat(tx(() -> statistics.deliveries(Scope.consumer(region.id()), NOVEMBER, DECEMBER)))
                .containsExactly(new DeliveryFigures(DECEMBER, b, 1, 8, 1, TEN_HOURS));
        assertThat(tx(() -> statistics.deliveries(Scope.consumer(given.ronneby.id()), NOVEMBER, DECEMBER))).isEmpty();
    }

    @Test
    void sumsAnOrganisationsSettlementLinesPerPeriodOfferingKindAndRule() {
        assertThat(tx(() -> statistics.settled(given.olofstrom.id(), NOVEMBER, DECEMBER)))
                .containsExactly(line(DECEMBER, a, LineKind.DELIVERY_BOUGHT, null, "-13000.00"));
        assertThat(tx(() -> statistics.settled(region.id(), NOVEMBER, DECEMBER))).containsExactlyInAnyOrder(
                line(NOVEMBER, null, LineKind.DELIVERY_BOUGHT, null, "-1000.00"),
                line(DECEMBER, b, LineKind.DELIVERY_BOUGHT, null, "-6500.00"));
        assertThat(tx(() -> statistics.settled(given.ronneby.id(), NOVEMBER, DECEMBER))).containsExactlyInAnyOrder(
                line(NOVEMBER, null, LineKind.DELIVERY_SOLD, null, "1000.00"),
                line(NOVEMBER, null, LineKind.TRANSACTION_FEE, RULE, "-50.00"),
                line(NOVEMBER, null, LineKind.RESOURCE_HOURS, null, "-4500.00"),
                line(DECEMBER, a, LineKind.DELIVERY_SOLD, null, "19500.00"),
                line(DECEMBER, a, LineKind.TRANSACTION_FEE, RULE, "-975.00"),
                line(DECEMBER, a, LineKind.RESOURCE_HOURS, null, "-4500.00"),
                line(DECEMBER, b, LineKind.DELIVERY_SOLD, null, "26000.00"),
                line(DECEMBER, b, LineKind.TRANSACTION_FEE, RULE, "-1300.00"),
                line(DECEMBER, b, LineKind.RESOURCE_HOURS, null, "-4500.00"));
        assertThat(tx(() -> statistics.settled(owner, NOVEMBER, DECEMBER))).containsExactlyInAnyOrder(
                line(NOVEMBER, null, LineKind.TRANSACTION_FEE, RULE, "50.00"),
                line(DECEMBER, a, LineKind.TRANSACTION_FEE, RULE, "975.00"),
                line(DECEMBER, b, LineKind.TRANSACTION_FEE, RULE, "1300.00"));
        // Malmö lends the study guide (owed the hours) and buys three seats of D3.
        assertThat(tx(() -> statistics.settled(given.malmo.id(), DECEMBER, DECEMBER))).containsExactlyInAnyOrder(
                line(DECEMBER, a, LineKind.RESOURCE_HOURS, null, "4500.00"),
                line(DECEMBER, b, LineKind.RESOURCE_HOURS, null, "4500.00"),
                line(DECEMBER, b, LineKind.DELIVERY_BOUGHT, null, "-19500.00"));
    }

    @Test
    void theTransactionVolumeIsEverySuppliersSoldDeliveriesPerPeriodAndOffering() {
        assertThat(tx(() -> statistics.sold(NOVEMBER, JANUARY))).containsExactlyInAnyOrder(
                line(NOVEMBER, null, LineKind.DELIVERY_SOLD, null, "1000.00"),
                line(DECEMBER, a, LineKind.DELIVERY_SOLD, null, "19500.00"),
                line(DECEMBER, b, LineKind.DELIVERY_SOLD, null, "26000.00"),
                line(JANUARY, a, LineKind.DELIVERY_SOLD, null, "26000.00"));
    }

    @Test
    void coverageCountsDistinctMunicipalitiesAndConsumersThatAppliedForEachOffering() {
        assertThat(tx(() -> statistics.coverage(NOVEMBER, DECEMBER))).containsExactlyInAnyOrder(
                new CoverageFigures(a, 2, 2), // Olofström (twice) and Borlänge
                new CoverageFigures(b, 1, 2)); // Malmö; the region is a consumer but no municipality
        assertThat(tx(() -> statistics.coverage(NOVEMBER, JANUARY))).contains(new CoverageFigures(a, 2, 2));
        assertThat(tx(() -> statistics.coverage(YearMonth.of(2025, 1), YearMonth.of(2025, 12)))).isEmpty();
    }

    @Test
    void namesEachStoredOfferingByItsCurrentVersionsTitlesInEveryLanguageItHas() {
        Offering b = tx(() -> adapters.offerings().findById(this.b)).orElseThrow();
        b.publishVersion(OfferingVersionId.newId(), 2, PackagingFixtures.aPackaging().inLanguages("so")
                .titled("Studievägledning på somaliska", "Study guidance in Somali").content(), AT);
        tx(() -> adapters.offerings().save(b));
        Offering onlySwedish = tx(() -> {
            Packaging packaging = adapters.packagings().save(Packaging.create(PackagingId.newId(),
                    given.malmo.id(), PackagingFixtures.aPackaging().titledOnly("sv", "Samhällsorientering").content(),
                    AT).packaging());
            return adapters.offerings().save(Offering.launch(OfferingId.newId(), packaging.id(), given.malmo.id(),
                    OfferingVersionId.newId(), 1, packaging.content(), AT).offering());
        });

        assertThat(tx(() -> statistics.titles(List.of(a, this.b, onlySwedish.id(), OfferingId.newId()))))
                .as("the current version's titles, Swedish as well as English, for each reader to pick its language")
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                        a, given.offering.current().content().titles(),
                        this.b, LocalisedText.svEn("Studievägledning på somaliska", "Study guidance in Somali"),
                        onlySwedish.id(), LocalisedText.of(LanguageCode.SWEDISH, "Samhällsorientering")));
        assertThat(tx(() -> statistics.titles(List.of()))).isEmpty();
    }
}

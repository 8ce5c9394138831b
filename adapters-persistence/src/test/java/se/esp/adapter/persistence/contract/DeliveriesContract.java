package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.esp.adapter.persistence.testing.DeliveryFixtures.seat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.esp.domain.matching.MatchingQueue;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.adapter.persistence.testing.DeliveryFixtures;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.delivery.DeliveryFilter;
import se.esp.application.port.out.Deliveries;
import se.esp.application.port.out.Transactions;
import se.esp.domain.application.Application;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.DeliverySale;
import se.esp.domain.delivery.DeliveryStatus;
import se.esp.domain.delivery.ParticipationOutcome;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/**
 * What every implementation of {@link Deliveries} (and of matching's {@code OpenDeliveries}, which the same adapter
 * answers) guarantees.
 */
public abstract class DeliveriesContract {

    private static final Instant AT = DeliveryFixtures.AT;
    private static final LocalDate DECEMBER_7 = LocalDate.of(2026, 12, 7);

    private PersistenceAdapters adapters;
    private Transactions transactions;
    private DeliveryFixtures given;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        adapters = Backends.fresh(backend());
        transactions = adapters.transactions();
        given = DeliveryFixtures.storedIn(adapters);
    }

    private Delivery save(Delivery delivery) {
        return transactions.inTransaction(() -> adapters.deliveries().save(delivery));
    }

    private Delivery find(DeliveryId id) {
        return transactions.inTransaction(() -> adapters.deliveries().findById(id)).orElseThrow();
    }

    private Delivery coDelivery(Application olofstroms, Application borlanges) {
        Delivery delivery = given.delivery(DECEMBER_7, CostSplitRule.PER_PARTICIPANT);
        seat(delivery, olofstroms);
        seat(delivery, borlanges);
        return delivery;
    }

    @Test
    void storesADeliveryWithItsTermsSessionsAndSeatsInOrder() {
        Application olofstroms = given.application(given.olofstrom, 2, "ar", null, AT);
        Application borlanges = given.application(given.borlange, 1, "ar", null, AT);
        Delivery delivery = coDelivery(olofstroms, borlanges);

        assertThat(save(delivery).version()).isEqualTo(1);

        Delivery found = find(delivery.id());
        assertThat(found.seats()).isEqualTo(delivery.seats());
        assertThat(found.sessionSlots()).isEqualTo(delivery.sessionSlots());
        assertThat(found.resource()).isEqualTo(delivery.resource());
        assertThat(found.resource().hours()).isEqualByComparingTo("10");
        assertThat(found.startsOn()).isEqualTo(DECEMBER_7);
        assertThat(found.lastDay()).isEqualTo(delivery.lastDay());
        assertThat(found.price()).isEqualTo(Money.parse("19500.00"));
        assertThat(found.costShares(Map.of())).extracting(s -> s.amount())
                .containsExactly(Money.parse("13000.00"), Money.parse("6500.00"));
        assertThat(found.status()).isEqualTo(DeliveryStatus.PLANNED);
        assertThat(found.openedAt()).isEqualTo(AT);
    }

    @Test
    void storesTheLifecycleAndRefusesAStaleChange() {
        Application olofstroms = given.application(given.olofstrom, 2, "ar", null, AT);
        Delivery stored = save(coDelivery(olofstroms, given.application(given.borlange, 1, "ar", null, AT)));
        Delivery first = find(stored.id());
        Delivery second = find(stored.id());
        first.release(olofstroms.id(), AT);
        save(first);
        second.start(AT);
        assertThatThrownBy(() -> save(second)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));

        Delivery running = find(stored.id());
        assertThat(running.seats()).hasSize(1);
        running.start(AT.plusSeconds(60));
        save(running);
        Delivery completing = find(stored.id());
        ParticipantId only = completing.seats().get(0).participant();
        completing.complete(Map.of(only, ParticipationOutcome.NOT_COMPLETED), AT.plusSeconds(120));
        save(completing);

        Delivery completed = find(stored.id());
        assertThat(completed.status()).isEqualTo(DeliveryStatus.COMPLETED);
        assertThat(completed.startedAt()).hasValue(AT.plusSeconds(60));
        assertThat(completed.completedAt()).hasValue(AT.plusSeconds(120));
        assertThat(completed.seats()).singleElement().extracting(s -> s.outcome())
                .isEqualTo(ParticipationOutcome.NOT_COMPLETED);
    }

    @Test
    void findsByParticipantAndListsBySupplierConsumerResourceAndStatus() {
        Application olofstroms = given.application(given.olofstrom, 2, "ar", null, AT);
        Delivery shared = save(coDelivery(olofstroms, given.application(given.borlange, 1, "ar", null, AT)));
        Delivery later = given.delivery(DECEMBER_7.plusWeeks(4), CostSplitRule.EQUALLY);
        seat(later, given.application(given.borlange, 1, "ar", null, AT));
        save(later);

        assertThat(transactions.inTransaction(() -> adapters.deliveries().withParticipant(
                olofstroms.participantIds().get(1)))).extracting(Delivery::id).containsExactly(shared.id());
        assertThat(list(DeliveryFilter.byStatus(null).seatingConsumer(given.olofstrom.id())))
                .containsExactly(shared.id());
        assertThat(list(DeliveryFilter.byStatus(null).seatingConsumer(given.borlange.id())))
                .containsExactly(shared.id(), later.id());
        assertThat(list(DeliveryFilter.byStatus(null).ofSupplier(given.ronneby.id())))
                .containsExactly(shared.id(), later.id());
        assertThat(list(DeliveryFilter.byStatus(null).ofSupplier(given.olofstrom.id()))).isEmpty();
        assertThat(list(DeliveryFilter.byStatus(DeliveryStatus.PLANNED).ledBy(given.studyGuide.id())))
                .containsExactly(shared.id(), later.id());
        assertThat(list(DeliveryFilter.byStatus(DeliveryStatus.COMPLETED))).isEmpty();
    }

    private java.util.List<DeliveryId> list(DeliveryFilter filter) {
        return transactions.inTransaction(() -> adapters.deliveries().list(filter, new PageRequest(0, 10)))
                .items().stream().map(Delivery::id).toList();
    }

    @Test
    void openDeliveriesArePlannedOrRunningOnesWithTheirBookedTimes() {
        Delivery planned = save(coDelivery(given.application(given.olofstrom, 2, "ar", null, AT),
                given.application(given.borlange, 1, "ar", null, AT)));
        Delivery cancelled = given.delivery(DECEMBER_7, CostSplitRule.PER_PARTICIPANT);
        seat(cancelled, given.application(given.olofstrom, 1, "ar", null, AT));
        cancelled.cancel("Inga deltagare kvar", AT);
        save(cancelled);

        assertThat(transactions.inTransaction(() -> adapters.openDeliveries().current()))
                .containsExactly(find(planned.id()).asOpen());
        assertThat(find(planned.id()).asOpen().participants()).isEqualTo(3);
    }

    @Test
    void aRunOverSomeQueuesReadsTheDeliveriesItsResourcesLeadAndThoseOfItsQueues() {
        Delivery planned = save(coDelivery(given.application(given.olofstrom, 2, "ar", null, AT),
                given.application(given.borlange, 1, "ar", null, AT)));
        var open = find(planned.id()).asOpen();
        MatchingQueue itsQueue = new MatchingQueue(open.offeringVersion(), open.language());
        MatchingQueue another = new MatchingQueue(OfferingVersionId.newId(),
                open.language());

        assertThat(transactions.inTransaction(() -> adapters.openDeliveries().forMatching(
                java.util.List.of(open.resource()), java.util.List.of(another)))).containsExactly(open);
        assertThat(transactions.inTransaction(() -> adapters.openDeliveries().forMatching(
                java.util.List.of(), java.util.List.of(itsQueue)))).containsExactly(open);
        assertThat(transactions.inTransaction(() -> adapters.openDeliveries().forMatching(
                java.util.List.of(se.esp.domain.resource.ResourceId.newId()), java.util.List.of(another)))).isEmpty();
    }

    @Test
    void findsWhatCompletedOrWasCancelledInAPeriod() {
        Instant december = Instant.parse("2026-12-01T00:00:00Z");
        Instant january = Instant.parse("2027-01-01T00:00:00Z");
        Delivery inDecember = completedAt(Instant.parse("2026-12-31T23:59:59Z"));
        completedAt(january);
        Delivery completedThenCancelled = completedAt(Instant.parse("2026-12-10T10:00:00Z"));
        Delivery correcting = find(completedThenCancelled.id());
        correcting.cancel("Aldrig genomförd", Instant.parse("2027-01-05T10:00:00Z"));
        save(correcting);

        assertThat(transactions.inTransaction(() -> adapters.deliveries().completedBetween(december, january)))
                .extracting(Delivery::id).containsExactly(inDecember.id());
        assertThat(transactions.inTransaction(() -> adapters.deliveries().cancelledBetween(january,
                Instant.parse("2027-02-01T00:00:00Z")))).extracting(Delivery::id)
                .containsExactly(completedThenCancelled.id());
    }

    @Test
    void readsAMonthsSalesWithTheirTermsAndPlacesInOrderAsTheDeliveriesGiveThem() {
        Instant december = Instant.parse("2026-12-01T00:00:00Z");
        Instant january = Instant.parse("2027-01-01T00:00:00Z");
        Delivery shared = coDelivery(given.application(given.olofstrom, 2, "ar", null, AT),
                given.application(given.borlange, 1, "ar", null, AT));
        seat(shared, given.application(given.olofstrom, 1, "ar", null, AT));
        shared.start(AT);
        Map<ParticipantId, ParticipationOutcome> outcomes = new java.util.HashMap<>();
        shared.seats().forEach(seat -> outcomes.put(seat.participant(), ParticipationOutcome.COMPLETED));
        shared.complete(outcomes, Instant.parse("2026-12-15T09:30:00.123456Z"));
        save(shared);
        Delivery single = completedAt(Instant.parse("2026-12-02T08:00:00Z"));
        completedAt(january);

        List<DeliverySale> sales = transactions.inTransaction(() ->
                adapters.deliveries().salesCompletedBetween(december, january));

        assertThat(sales).extracting(DeliverySale::id).containsExactly(single.id(), shared.id());
        assertThat(sales).containsExactlyElementsOf(transactions.inTransaction(() ->
                adapters.deliveries().completedBetween(december, january)).stream().map(Delivery::asSale).toList());
        DeliverySale sale = sales.get(1);
        assertThat(sale.places()).hasSize(4);
        assertThat(sale.participantsPerConsumer()).containsExactly(Map.entry(given.olofstrom.id(), 3),
                Map.entry(given.borlange.id(), 1));
        assertThat(sale.price()).isEqualTo(find(shared.id()).price());
        assertThat(sale.sharesByApplication(Map.of())).isEqualTo(find(shared.id()).sharesByApplication(Map.of()));
        assertThat(transactions.inTransaction(() -> adapters.deliveries().salesCompletedBetween(january,
                Instant.parse("2027-02-01T00:00:00Z")))).hasSize(1);
    }

    private Delivery completedAt(Instant at) {
        Delivery delivery = given.delivery(DECEMBER_7, CostSplitRule.PER_PARTICIPANT);
        seat(delivery, given.application(given.olofstrom, 1, "ar", null, AT));
        delivery.start(AT);
        delivery.complete(Map.of(delivery.seats().get(0).participant(), ParticipationOutcome.COMPLETED), at);
        return save(delivery);
    }
}

package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.esp.domain.matching.MatchingQueue;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.adapter.persistence.testing.DeliveryFixtures;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.application.ApplicationFilter;
import se.esp.application.port.out.Applications;
import se.esp.application.port.out.Transactions;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * What every implementation of {@link Applications} (and of matching's {@code WaitingDemand}, which the same adapter
 * answers) guarantees.
 */
public abstract class ApplicationsContract {

    protected static final Instant AT = DeliveryFixtures.AT;

    protected PersistenceAdapters adapters;
    protected Transactions transactions;
    protected DeliveryFixtures given;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        adapters = Backends.fresh(backend());
        transactions = adapters.transactions();
        given = DeliveryFixtures.storedIn(adapters);
    }

    protected Application save(Application application) {
        return transactions.inTransaction(() -> adapters.applications().save(application));
    }

    protected Application find(ApplicationId id) {
        return transactions.inTransaction(() -> adapters.applications().findById(id)).orElseThrow();
    }

    @Test
    void storesAnApplicationWithEverythingItSaysAndFindsItByIdAndByKey() {
        IdempotencyKey key = new IdempotencyKey("olofstrom-2026-0042");
        Application application = given.application(given.olofstrom, 2, "ar", key, AT);

        Application saved = save(application);

        assertThat(saved.version()).isEqualTo(1);
        Application found = find(application.id());
        assertThat(found.consumer()).isEqualTo(given.olofstrom.id());
        assertThat(found.supplier()).isEqualTo(given.ronneby.id());
        assertThat(found.offeringVersion()).isEqualTo(given.offering.current().id());
        assertThat(found.participants()).isEqualTo(application.participants());
        assertThat(found.idempotencyKey()).hasValue(key);
        assertThat(found.receivedAt()).isEqualTo(AT);
        assertThat(found.status()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(transactions.inTransaction(() -> adapters.applications().findByIdempotencyKey(
                given.olofstrom.id(), key))).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(application.id()));
        assertThat(transactions.inTransaction(() -> adapters.applications().findByIdempotencyKey(
                given.borlange.id(), key))).isEmpty();
    }

    @Test
    void aSecondApplicationWithTheSameKeyOfTheSameConsumerIsRefusedAnotherConsumersIsNot() {
        IdempotencyKey key = new IdempotencyKey("same-key");
        save(given.application(given.olofstrom, 1, "ar", key, AT));

        assertThatThrownBy(() -> save(given.application(given.olofstrom, 1, "ar", key, AT)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED));
        save(given.application(given.borlange, 1, "ar", key, AT));
        save(given.application(given.olofstrom, 1, "ar", null, AT));
        save(given.application(given.olofstrom, 1, "ar", null, AT));
        assertThat(transactions.inTransaction(() -> adapters.applications().list(ApplicationFilter.byStatus(null)
                .ofConsumer(given.olofstrom.id()), new PageRequest(0, 10))).totalItems()).isEqualTo(3);
    }

    @Test
    void storesDecisionsAndRefusesAStaleOne() {
        Application stored = save(given.application(given.olofstrom, 2, "ti", null, AT));
        Application first = find(stored.id());
        Application second = find(stored.id());
        first.waitlist("NO_ELIGIBLE_RESOURCE", "No verified resource speaks Tigrinya.", AT);
        save(first);
        DeliveryId delivery = DeliveryId.newId();
        second.match(delivery, "Placed.", AT);

        assertThatThrownBy(() -> save(second)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        Application found = find(stored.id());
        assertThat(found.status()).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(found.waitReason()).hasValue("NO_ELIGIBLE_RESOURCE");
        assertThat(found.explanation()).hasValue("No verified resource speaks Tigrinya.");
        found.match(delivery, "Placed in the open Tigrinya delivery.", AT.plusSeconds(60));
        save(found);
        assertThat(find(stored.id())).satisfies(a -> {
            assertThat(a.delivery()).hasValue(delivery);
            assertThat(a.decidedAt()).hasValue(AT.plusSeconds(60));
            assertThat(a.version()).isEqualTo(3);
        });
    }

    @Test
    void matchingsDecisionsAreReadAndStoredTogetherAndAReadInTheSameTransactionSeesThem() {
        Application waits = save(given.application(given.olofstrom, 2, "ti", null, AT));
        Application placed = save(given.application(given.borlange, 1, "ar", null, AT));
        Application untouched = save(given.application(given.olofstrom, 1, "ar", null, AT));
        DeliveryId delivery = DeliveryId.newId();

        var seen = transactions.inTransaction(() -> {
            Applications applications = adapters.applications();
            // one of them held by the transaction before the decisions, as a pass may have read it
            applications.findById(placed.id()).orElseThrow();
            List<Application> read = applications.findAllById(List.of(waits.id(), placed.id(), ApplicationId.newId()));
            assertThat(read).extracting(Application::id).containsExactlyInAnyOrder(waits.id(), placed.id());
            Application waiting = read.stream().filter(a -> a.id().equals(waits.id())).findFirst().orElseThrow();
            Application matched = read.stream().filter(a -> a.id().equals(placed.id())).findFirst().orElseThrow();
            waiting.waitlist("NO_ELIGIBLE_RESOURCE", "No verified resource speaks Tigrinya.", AT.plusSeconds(5));
            matched.match(delivery, "Placed in the open Arabic delivery.", AT.plusSeconds(5));
            applications.saveDecisions(List.of(waiting, matched));
            return List.of(applications.findById(waits.id()).orElseThrow(),
                    applications.findById(placed.id()).orElseThrow());
        });

        assertThat(seen.get(0).status()).as("read in the same transaction").isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(seen.get(1).status()).as("held before, read again").isEqualTo(ApplicationStatus.MATCHED);
        assertThat(find(waits.id())).satisfies(a -> {
            assertThat(a.status()).isEqualTo(ApplicationStatus.WAITLISTED);
            assertThat(a.waitReason()).hasValue("NO_ELIGIBLE_RESOURCE");
            assertThat(a.explanation()).hasValue("No verified resource speaks Tigrinya.");
            assertThat(a.participants()).as("not written, kept").isEqualTo(waits.participants());
            assertThat(a.version()).isEqualTo(2);
        });
        assertThat(find(placed.id())).satisfies(a -> {
            assertThat(a.status()).isEqualTo(ApplicationStatus.MATCHED);
            assertThat(a.delivery()).hasValue(delivery);
            assertThat(a.decidedAt()).hasValue(AT.plusSeconds(5));
            assertThat(a.explanation()).hasValue("Placed in the open Arabic delivery.");
            assertThat(a.version()).isEqualTo(2);
        });
        assertThat(find(untouched.id())).satisfies(a -> {
            assertThat(a.status()).isEqualTo(ApplicationStatus.RECEIVED);
            assertThat(a.version()).isEqualTo(1);
        });
    }

    @Test
    void decisionsOnAnApplicationChangedMeanwhileAreRefusedAsStaleAndNoneOfThemIsKept() {
        Application first = save(given.application(given.olofstrom, 1, "ti", null, AT));
        Application second = save(given.application(given.borlange, 1, "ti", null, AT));
        Application firstDecided = find(first.id());
        Application secondDecided = find(second.id());
        Application changed = find(second.id());
        changed.cancel("the family moved", AT.plusSeconds(1));
        save(changed);
        firstDecided.waitlist("NO_ELIGIBLE_RESOURCE", "No verified resource speaks Tigrinya.", AT.plusSeconds(2));
        secondDecided.waitlist("NO_ELIGIBLE_RESOURCE", "No verified resource speaks Tigrinya.", AT.plusSeconds(2));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            adapters.applications().saveDecisions(List.of(firstDecided, secondDecided));
            return null;
        })).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThat(find(first.id()).status()).as("rolled back with the refusal").isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(find(second.id()).status()).isEqualTo(ApplicationStatus.CANCELLED);
    }

    @Test
    void waitingDemandIsEveryReceivedOrWaitlistedApplicationAsMatchingNeedsIt() {
        Application received = save(given.application(given.olofstrom, 2, "ar", null, AT));
        Application waitlisted = given.application(given.borlange, 1, "ti", null, AT.plusSeconds(1));
        waitlisted.waitlist("NO_ELIGIBLE_RESOURCE", "Nobody.", AT);
        save(waitlisted);
        Application matched = given.application(given.borlange, 3, "ar", null, AT.plusSeconds(2));
        matched.match(DeliveryId.newId(), "Placed.", AT);
        save(matched);

        assertThat(transactions.inTransaction(() -> adapters.waitingDemand().waiting()))
                .containsExactlyInAnyOrder(received.asWaiting(), find(waitlisted.id()).asWaiting());
        assertThat(transactions.inTransaction(() -> adapters.applications().waitStates())).containsOnly(
                java.util.Map.entry(received.id(), new Applications.WaitState(ApplicationStatus.RECEIVED, null,
                        null)),
                java.util.Map.entry(waitlisted.id(), new Applications.WaitState(ApplicationStatus.WAITLISTED,
                        "NO_ELIGIBLE_RESOURCE", "Nobody.")));
    }

    @Test
    void aQueuesWaitingDemandAndTheQueuesWaitingForAGroupAreReadWithoutTheRest() {
        Application arabic = save(given.application(given.olofstrom, 2, "ar", null, AT));
        Application tigrinya = given.application(given.borlange, 1, "ti", null, AT.plusSeconds(1));
        tigrinya.waitlist("MINIMUM_GROUP_NOT_REACHED", "Waiting for more participants.", AT);
        save(tigrinya);
        Application somali = given.application(given.borlange, 1, "so", null, AT.plusSeconds(2));
        somali.waitlist("NO_ELIGIBLE_RESOURCE", "Nobody.", AT);
        save(somali);
        MatchingQueue arabicQueue = MatchingQueue.of(arabic.asWaiting());
        MatchingQueue tigrinyaQueue = MatchingQueue.of(tigrinya.asWaiting());

        assertThat(transactions.inTransaction(() -> adapters.waitingDemand().waitingIn(java.util.List.of(arabicQueue,
                tigrinyaQueue)))).containsExactlyInAnyOrder(find(arabic.id()).asWaiting(),
                find(tigrinya.id()).asWaiting());
        assertThat(transactions.inTransaction(() -> adapters.waitingDemand().waitingForAGroup()))
                .containsExactly(tigrinyaQueue);
        assertThat(transactions.inTransaction(() -> adapters.applications().waitStates(java.util.List.of(
                tigrinya.id(), somali.id(), arabic.id())))).containsOnly(
                java.util.Map.entry(tigrinya.id(), new Applications.WaitState(ApplicationStatus.WAITLISTED,
                        "MINIMUM_GROUP_NOT_REACHED", "Waiting for more participants.")),
                java.util.Map.entry(somali.id(), new Applications.WaitState(ApplicationStatus.WAITLISTED,
                        "NO_ELIGIBLE_RESOURCE", "Nobody.")),
                java.util.Map.entry(arabic.id(), new Applications.WaitState(ApplicationStatus.RECEIVED, null, null)));
        Application placed = given.application(given.olofstrom, 1, "ti", null, AT.plusSeconds(3));
        placed.match(DeliveryId.newId(), "Placed.", AT);
        save(placed);
        var read = transactions.inTransaction(() -> adapters.waitingDemand().waitingAndDecidedIn(java.util.List.of(
                arabicQueue, tigrinyaQueue)));
        assertThat(read.waiting()).as("read with the decisions").containsExactlyInAnyOrder(
                find(arabic.id()).asWaiting(), find(tigrinya.id()).asWaiting());
        var inQueues = read.decisions();
        assertThat(inQueues).as("every waiting application of the queues").containsEntry(tigrinya.id(),
                new Applications.WaitState(ApplicationStatus.WAITLISTED, "MINIMUM_GROUP_NOT_REACHED",
                        "Waiting for more participants.")).containsEntry(arabic.id(),
                new Applications.WaitState(ApplicationStatus.RECEIVED, null, null));
        assertThat(inQueues).as("nobody placed").doesNotContainKey(placed.id());
    }

    /**
     * A pass reads the same queue again and again; storage may keep what it read, but every read must show the
     * queue as it stands: decisions stored since, applications received or cancelled since, and nothing of a
     * transaction that rolled back, even one that read its own decision before it did.
     */
    @Test
    void aQueueReadAgainShowsEveryChangeSinceAndNothingOfATransactionRolledBack() {
        Application first = save(given.application(given.olofstrom, 2, "ar", null, AT));
        Application second = save(given.application(given.borlange, 1, "ar", null, AT.plusSeconds(1)));
        MatchingQueue queue = MatchingQueue.of(first.asWaiting());
        java.util.function.Supplier<java.util.Map<ApplicationId, Applications.WaitState>> read = () ->
                transactions.inTransaction(() -> adapters.waitingDemand().waitingAndDecidedIn(List.of(queue)))
                        .decisions();
        assertThat(read.get()).containsOnlyKeys(first.id(), second.id());

        transactions.inTransaction(() -> {
            Application waiting = adapters.applications().findById(first.id()).orElseThrow();
            waiting.waitlist("NO_ELIGIBLE_RESOURCE", "Nobody speaks Arabic.", AT);
            adapters.applications().saveDecisions(List.of(waiting));
            return null;
        });
        assertThat(read.get()).as("a decision stored since").containsEntry(first.id(), new Applications.WaitState(
                ApplicationStatus.WAITLISTED, "NO_ELIGIBLE_RESOURCE", "Nobody speaks Arabic."));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            Application waiting = adapters.applications().findById(first.id()).orElseThrow();
            waiting.waitlist("MINIMUM_GROUP_NOT_REACHED", "Rolled back.", AT);
            adapters.applications().saveDecisions(List.of(waiting));
            assertThat(adapters.waitingDemand().waitingAndDecidedIn(List.of(queue)).decisions().get(first.id())
                    .explanation()).as("its own decision, read in the transaction").isEqualTo("Rolled back.");
            throw new IllegalStateException("the pass fails");
        })).hasMessage("the pass fails");
        transactions.inTransaction(() -> {
            Application waiting = adapters.applications().findById(first.id()).orElseThrow();
            waiting.waitlist("MINIMUM_GROUP_NOT_REACHED", "Committed at the version the rolled-back one had.", AT);
            adapters.applications().saveDecisions(List.of(waiting));
            return null;
        });
        Application third = save(given.application(given.malmo, 1, "ar", null, AT.plusSeconds(2)));
        transactions.inTransaction(() -> {
            Application cancelled = adapters.applications().findById(second.id()).orElseThrow();
            cancelled.cancel("No longer needed.", AT.plusSeconds(3));
            return adapters.applications().save(cancelled);
        });

        var now = read.get();
        assertThat(now).as("received since, cancelled since").containsOnlyKeys(first.id(), third.id());
        assertThat(now.get(first.id())).as("the committed decision, not the rolled-back one read before it")
                .isEqualTo(new Applications.WaitState(ApplicationStatus.WAITLISTED, "MINIMUM_GROUP_NOT_REACHED",
                        "Committed at the version the rolled-back one had."));
        assertThat(transactions.inTransaction(() -> adapters.waitingDemand().waitingAndDecidedIn(List.of(queue)))
                .waiting()).as("who waits, as stored").containsExactlyInAnyOrder(find(first.id()).asWaiting(),
                find(third.id()).asWaiting());
    }

    @Test
    void aQueuesWaitingDemandIncludesWhatTheSameTransactionSavedAndLeavesOutWhatItDecided() {
        Application first = save(given.application(given.olofstrom, 2, "ar", null, AT));
        MatchingQueue queue = MatchingQueue.of(first.asWaiting());

        var seen = transactions.inTransaction(() -> {
            Application second = adapters.applications().save(given.application(given.borlange, 1, "ar", null,
                    AT.plusSeconds(1)));
            Application decided = adapters.applications().findById(first.id()).orElseThrow();
            decided.match(DeliveryId.newId(), "Placed.", AT.plusSeconds(2));
            adapters.applications().save(decided);
            return java.util.Map.entry(second.asWaiting(), adapters.waitingDemand().waitingIn(java.util.List.of(
                    queue)));
        });

        assertThat(seen.getValue()).containsExactly(seen.getKey());
    }

    @Test
    void findsTheApplicationsOfAParticipantAndKeepsTheirAnswersErased() {
        Application application = save(given.application(given.olofstrom, 2, "ar", null, AT));
        var participant = application.participantIds().get(1);
        save(given.application(given.borlange, 1, "ar", null, AT));

        var found = transactions.inTransaction(() -> adapters.applications().withParticipant(participant));
        assertThat(found).extracting(Application::id).containsExactly(application.id());

        Application erasing = found.get(0);
        assertThat(erasing.eraseAbout(participant)).isTrue();
        save(erasing);

        Application stored = find(application.id());
        assertThat(stored.participants().get(1).answers().values()).isEmpty();
        assertThat(stored.participants().get(0).answers().values()).isNotEmpty();
        assertThat(stored.eraseAbout(participant)).isFalse();
    }

    @Test
    void listsByConsumerSupplierAndStatusNewestFirst() {
        Application older = save(given.application(given.olofstrom, 1, "ar", null, AT));
        Application newer = save(given.application(given.olofstrom, 1, "ar", null, AT.plusSeconds(10)));
        Application borlanges = given.application(given.borlange, 1, "ar", null, AT);
        borlanges.cancel(null, AT);
        save(borlanges);

        var olofstroms = transactions.inTransaction(() -> adapters.applications().list(
                ApplicationFilter.byStatus(null).ofConsumer(given.olofstrom.id()), new PageRequest(0, 10)));
        var ronnebys = transactions.inTransaction(() -> adapters.applications().list(
                ApplicationFilter.byStatus(ApplicationStatus.CANCELLED).ofSupplier(given.ronneby.id()),
                new PageRequest(0, 10)));
        var firstPage = transactions.inTransaction(() -> adapters.applications().list(
                ApplicationFilter.byStatus(null).ofSupplier(given.ronneby.id()), new PageRequest(0, 2)));

        assertThat(olofstroms.items()).extracting(Application::id).containsExactly(newer.id(), older.id());
        assertThat(ronnebys.items()).extracting(Application::id).containsExactly(borlanges.id());
        assertThat(firstPage.items()).hasSize(2);
        assertThat(firstPage.totalItems()).isEqualTo(3);
        assertThat(List.of(firstPage.items().get(0).id())).containsAnyOf(newer.id());
    }
}

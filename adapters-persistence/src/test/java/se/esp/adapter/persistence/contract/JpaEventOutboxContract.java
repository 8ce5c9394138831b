package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.persistence.testing.OrganisationFixtures.anOrganisation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.esp.application.port.out.OutboxBacklog;
import se.esp.application.port.out.OutboxEntry;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.OrganisationRolesChanged;

/**
 * The database backends also face truly concurrent relays (the in-memory one serialises transactions): several
 * server instances claim from one outbox at once.
 */
abstract class JpaEventOutboxContract extends EventOutboxContract {

    private static final Instant LATER = Instant.parse("2026-11-23T12:00:00Z");

    private final ExecutorService otherRelay = Executors.newSingleThreadExecutor();
    private final CountDownLatch claimed = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private java.util.concurrent.Future<?> otherRelayFinished;

    @AfterEach
    void releaseTheOtherRelay() {
        release.countDown();
        otherRelay.shutdownNow();
    }

    @Test
    void skipsTheEntriesAnotherOpenTransactionHasClaimed() throws Exception {
        List<OrganisationRolesChanged> first = appendRoleChanges(anOrganisation().build(), 2);
        List<OrganisationRolesChanged> second = appendRoleChanges(anOrganisation().build(), 2);
        CompletableFuture<List<OutboxEntry>> theirs = holdAClaimOf(2);

        List<OutboxEntry> mine = transactions.inTransaction(() -> outbox.claimUnpublished(10));

        assertThat(theirs.get(10, TimeUnit.SECONDS)).extracting(OutboxEntry::eventId)
                .containsExactly(first.get(0).eventId(), first.get(1).eventId());
        assertThat(mine).extracting(OutboxEntry::eventId)
                .containsExactly(second.get(0).eventId(), second.get(1).eventId());
    }

    @Test
    void holdsBackAnAggregatesLaterEntriesWhileAnotherTransactionHasClaimedAnEarlierOne() throws Exception {
        Organisation olofstrom = anOrganisation().build();
        Organisation borlange = anOrganisation().build();
        OrganisationRolesChanged olofstromFirst = appendRoleChanges(olofstrom, 1).get(0);
        OrganisationRolesChanged borlangeFirst = appendRoleChanges(borlange, 1).get(0);
        OrganisationRolesChanged olofstromSecond = olofstrom.changeRoles(Set.of(OrganisationRole.PARTNER), LATER);
        transactions.inTransaction(() -> outbox.append(olofstromSecond));
        CompletableFuture<List<OutboxEntry>> theirs = holdAClaimOf(1);

        List<OutboxEntry> mine = transactions.inTransaction(() -> outbox.claimUnpublished(10));

        assertThat(theirs.get(10, TimeUnit.SECONDS)).extracting(OutboxEntry::eventId)
                .containsExactly(olofstromFirst.eventId());
        assertThat(mine).extracting(OutboxEntry::eventId).containsExactly(borlangeFirst.eventId());

        release.countDown();
        otherRelayFinished.get(10, TimeUnit.SECONDS); // their transaction has committed, not only claimed
        assertThat(transactions.inTransaction(() -> outbox.claimUnpublished(10))).extracting(OutboxEntry::eventId)
                .as("mine were not marked, theirs were").containsExactly(borlangeFirst.eventId(), olofstromSecond.eventId());
    }

    @Test
    void letsBusinessTransactionsAppendWhileARelayHoldsItsClaim() throws Exception {
        appendRoleChanges(anOrganisation().build(), 1);
        CompletableFuture<List<OutboxEntry>> theirs = holdAClaimOf(10);
        assertThat(theirs.get(10, TimeUnit.SECONDS)).hasSize(1);
        Organisation another = anOrganisation().build();

        CompletableFuture<Void> append = CompletableFuture.runAsync(() -> appendRoleChanges(another, 1));

        append.get(10, TimeUnit.SECONDS);
        assertThat(transactions.inTransaction(() -> outbox.claimUnpublished(10))).extracting(OutboxEntry::aggregateId)
                .containsExactly(another.id().toString());
    }

    @Test
    void purgesWithoutWaitingForOrTakingEntriesARelayHolds() throws Exception {
        appendRoleChanges(anOrganisation().build(), 1);
        transactions.inTransaction(() -> outbox.markPublished(sequences(), LATER.minusSeconds(60)));
        List<OrganisationRolesChanged> held = appendRoleChanges(anOrganisation().build(), 2);
        CompletableFuture<List<OutboxEntry>> theirs = holdAClaimOf(10);
        assertThat(theirs.get(10, TimeUnit.SECONDS)).extracting(OutboxEntry::eventId)
                .containsExactly(held.get(0).eventId(), held.get(1).eventId());
        Instant cutoff = LATER.plusSeconds(60);

        int purged = CompletableFuture.supplyAsync(() -> purge(cutoff, 10)).get(10, TimeUnit.SECONDS);

        assertThat(purged).as("only the one published and committed before").isOne();
        Organisation another = anOrganisation().build();
        CompletableFuture.runAsync(() -> appendRoleChanges(another, 1)).get(10, TimeUnit.SECONDS);
        release.countDown();
        otherRelayFinished.get(10, TimeUnit.SECONDS);
        assertThat(purge(cutoff, 10)).as("theirs, now committed as published").isEqualTo(2);
        assertThat(transactions.inTransaction(() -> outbox.claimUnpublished(10))).extracting(OutboxEntry::aggregateId)
                .containsExactly(another.id().toString());
    }

    @Test
    void letsRelaysClaimAndBusinessTransactionsAppendWhileAPurgeIsOpen() throws Exception {
        appendRoleChanges(anOrganisation().build(), 3);
        transactions.inTransaction(() -> outbox.markPublished(sequences(), LATER));
        List<OrganisationRolesChanged> waiting = appendRoleChanges(anOrganisation().build(), 1);
        CountDownLatch purging = new CountDownLatch(1);
        CountDownLatch purgeMayCommit = new CountDownLatch(1);
        java.util.concurrent.Future<Integer> purge = otherRelay.submit(() -> transactions.inTransaction(() -> {
            int deleted = outbox.purgePublishedBefore(LATER.plusSeconds(1), 10);
            purging.countDown();
            await(purgeMayCommit);
            return deleted;
        }));
        try {
            assertThat(purging.await(10, TimeUnit.SECONDS)).as("the purge deleted, uncommitted").isTrue();
            Organisation another = anOrganisation().build();

            CompletableFuture.runAsync(() -> appendRoleChanges(another, 1)).get(10, TimeUnit.SECONDS);
            List<OutboxEntry> claimed = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
                List<OutboxEntry> entries = outbox.claimUnpublished(10);
                outbox.markPublished(entries.stream().map(OutboxEntry::sequence).toList(), LATER.plusSeconds(5));
                return entries;
            })).get(10, TimeUnit.SECONDS);

            assertThat(claimed).extracting(OutboxEntry::aggregateId)
                    .containsExactly(waiting.get(0).aggregateId(), another.id().toString());
        } finally {
            purgeMayCommit.countDown();
        }
        assertThat(purge.get(10, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(transactions.inTransaction(() -> outbox.backlog())).isEqualTo(OutboxBacklog.EMPTY);
    }

    /**
     * Another relay claims up to {@code limit} entries, marks them published and keeps its transaction open until
     * {@link #release}; the future completes with its claim as soon as it has it, before it commits.
     */
    private CompletableFuture<List<OutboxEntry>> holdAClaimOf(int limit) throws InterruptedException {
        CompletableFuture<List<OutboxEntry>> theirs = new CompletableFuture<>();
        otherRelayFinished = otherRelay.submit(() -> {
            try {
                transactions.inTransaction(() -> {
                    List<OutboxEntry> entries = outbox.claimUnpublished(limit);
                    outbox.markPublished(entries.stream().map(OutboxEntry::sequence).toList(), LATER);
                    theirs.complete(entries);
                    claimed.countDown();
                    await(release);
                });
            } catch (RuntimeException e) {
                theirs.completeExceptionally(e);
                claimed.countDown();
            }
        });
        assertThat(claimed.await(10, TimeUnit.SECONDS)).as("the other relay claimed").isTrue();
        return theirs;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

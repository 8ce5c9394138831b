package se.esp.application.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.OutboxBacklog;
import se.esp.application.port.out.OutboxEntry;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

class OutboxPurgeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ActingUser SYSTEM = ActingUser.system("outbox-retention");

    private final PublishedOutbox outbox = new PublishedOutbox();
    private final CountingTransactions transactions = new CountingTransactions();
    private final OutboxPurge purge = new OutboxPurge(outbox, transactions, Clock.fixed(NOW, ZoneOffset.UTC), 3);

    @Test
    void purgesInBatchesOfOneTransactionUntilABatchIsNotFull() {
        outbox.published(7, NOW.minus(Duration.ofDays(31)));

        assertThat(purge.purgePublished(SYSTEM, Period.ofDays(30))).isEqualTo(7);

        assertThat(outbox.calls).as("deleted per batch").containsExactly(3, 3, 1);
        assertThat(transactions.count).isEqualTo(3);
        assertThat(outbox.cutoffs).containsOnly(Instant.parse("2026-10-24T10:00:00Z"));
    }

    @Test
    void stopsAfterOneEmptyBatchWhenThePurgedCountIsAMultipleOfTheBatch() {
        outbox.published(6, NOW.minus(Duration.ofDays(31)));

        assertThat(purge.purgePublished(SYSTEM, Period.ofDays(30))).isEqualTo(6);

        assertThat(outbox.calls).containsExactly(3, 3, 0);
    }

    @Test
    void keepsWhatWasPublishedWithinTheRetention() {
        outbox.published(2, NOW.minus(Duration.ofHours(13)));
        outbox.published(2, NOW.minus(Duration.ofHours(11)));

        assertThat(purge.purgePublished(SYSTEM, Duration.ofHours(12))).isEqualTo(2);

        assertThat(outbox.remaining()).isEqualTo(2);
    }

    @Test
    void countsAMonthBackInTheCalendar() {
        purge.purgePublished(SYSTEM, Period.ofMonths(1));

        assertThat(outbox.cutoffs).containsExactly(Instant.parse("2026-10-23T10:00:00Z"));
    }

    @Test
    void refusesAnEmptyOrNegativeRetention() {
        assertThatThrownBy(() -> purge.purgePublished(SYSTEM, Period.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> purge.purgePublished(SYSTEM, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(outbox.calls).isEmpty();
    }

    @Test
    void onlyPlatformAdministratorsPurge() {
        ActingUser staff = new ActingUser("case-officer", OrganisationId.newId(), EnumSet.of(UserRole.CONSUMER_STAFF));

        assertThatThrownBy(() -> purge.purgePublished(staff, Period.ofDays(30)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThat(outbox.calls).isEmpty();
    }

    /** Published entries by their publication time; records each purge call's limit and cutoff. */
    private static final class PublishedOutbox implements EventOutbox {

        private final List<Instant> publishedAt = new ArrayList<>();
        private final List<Integer> calls = new ArrayList<>();
        private final List<Instant> cutoffs = new ArrayList<>();

        void published(int count, Instant at) {
            for (int i = 0; i < count; i++) {
                publishedAt.add(at);
            }
        }

        int remaining() {
            return publishedAt.size();
        }

        @Override
        public int purgePublishedBefore(Instant cutoff, int limit) {
            cutoffs.add(cutoff);
            List<Instant> purged = publishedAt.stream().filter(at -> at.isBefore(cutoff)).limit(limit).toList();
            purged.forEach(publishedAt::remove);
            calls.add(purged.size());
            return purged.size();
        }

        @Override
        public void append(DomainEvent event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<OutboxEntry> unpublished(int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<OutboxEntry> claimUnpublished(int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void markPublished(Collection<Long> sequences, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public OutboxBacklog backlog() {
            throw new UnsupportedOperationException();
        }
    }

    private static final class CountingTransactions implements Transactions {

        private int count;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            count++;
            return work.get();
        }
    }
}

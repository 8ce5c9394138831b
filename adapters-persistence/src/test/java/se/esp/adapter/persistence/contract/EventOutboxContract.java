package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.esp.adapter.persistence.testing.OrganisationFixtures.anOrganisation;

import java.io.StringReader;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.OutboxBacklog;
import se.esp.application.port.out.OutboxEntry;
import se.esp.application.port.out.Transactions;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.OrganisationRolesChanged;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantId;
import se.esp.adapter.persistence.testing.ParticipantFixtures;

/** What every implementation of {@link EventOutbox} guarantees. */
public abstract class EventOutboxContract {

    private static final Instant AT = Instant.parse("2026-11-23T09:15:30.123456789Z");

    protected EventOutbox outbox;
    protected Transactions transactions;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        PersistenceAdapters adapters = Backends.fresh(backend());
        outbox = adapters.outbox();
        transactions = adapters.transactions();
    }

    @Test
    void keepsEventsInTheOrderTheyWereAppendedWithTheirEnvelope() {
        var registration = Organisation.register(OrganisationId.newId(),
                anOrganisation().build().number(), anOrganisation().named("Olofströms kommun").profile(),
                Set.of(OrganisationRole.CONSUMER), AT);
        OrganisationRolesChanged rolesChanged = registration.organisation().changeRoles(
                Set.of(OrganisationRole.CONSUMER, OrganisationRole.SUPPLIER), AT.plusSeconds(1));

        transactions.inTransaction(() -> outbox.append(registration.event()));
        transactions.inTransaction(() -> outbox.append(rolesChanged));

        List<OutboxEntry> entries = transactions.inTransaction(() -> outbox.unpublished(10));
        assertThat(entries).extracting(OutboxEntry::eventType)
                .containsExactly("OrganisationRegistered", "OrganisationRolesChanged");
        assertThat(entries.get(0).sequence()).isLessThan(entries.get(1).sequence());
        OutboxEntry registered = entries.get(0);
        assertThat(registered.eventId()).isEqualTo(registration.event().eventId());
        assertThat(registered.aggregateType()).isEqualTo("Organisation");
        assertThat(registered.aggregateId()).isEqualTo(registration.organisation().id().toString());
        assertThat(registered.schemaVersion()).isEqualTo(1);
        assertThat(registered.occurredAt()).isEqualTo(Instant.parse("2026-11-23T09:15:30.123456Z"));
        JsonObject payload = Json.createReader(new StringReader(registered.payloadJson())).readObject();
        assertThat(payload.getString("organisationNumber"))
                .isEqualTo(registration.organisation().number().formatted());
        assertThat(payload.getString("name")).isEqualTo("Olofströms kommun");
        assertThat(payload.getString("kind")).isEqualTo("MUNICIPALITY");
        assertThat(payload.getJsonNumber("population").longValue()).isEqualTo(10_000L);
        assertThat(payload.isNull("participationLevel")).isTrue();
        assertThat(payload.getJsonArray("roles").getString(0)).isEqualTo("CONSUMER");
        JsonObject changed = Json.createReader(new StringReader(entries.get(1).payloadJson())).readObject();
        assertThat(changed.getJsonArray("roles").getValuesAs(v -> v.toString()))
                .containsExactly("\"CONSUMER\"", "\"SUPPLIER\"");
    }

    @Test
    void eventsAppendedTogetherKeepTheirOrderAndEnvelopeBetweenEventsAppendedAlone() {
        Organisation organisation = anOrganisation().build();
        List<OrganisationRolesChanged> events = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            events.add(organisation.changeRoles(Set.of(), AT.plusSeconds(i)));
        }

        transactions.inTransaction(() -> {
            outbox.append(events.get(0));
            outbox.appendAll(events.subList(1, 5));
            outbox.append(events.get(5));
            return null;
        });

        List<OutboxEntry> entries = transactions.inTransaction(() -> outbox.unpublished(10));
        assertThat(entries).extracting(OutboxEntry::eventId)
                .containsExactlyElementsOf(events.stream().map(e -> e.eventId()).toList());
        OutboxEntry together = entries.get(2);
        assertThat(together.eventType()).isEqualTo("OrganisationRolesChanged");
        assertThat(together.aggregateType()).isEqualTo("Organisation");
        assertThat(together.aggregateId()).isEqualTo(organisation.id().toString());
        assertThat(together.schemaVersion()).isEqualTo(1);
        assertThat(together.occurredAt()).isEqualTo(Instant.parse("2026-11-23T09:15:32.123456Z"));
        JsonObject payload = Json.createReader(new StringReader(together.payloadJson())).readObject();
        assertThat(payload.getJsonArray("roles")).isEmpty();
        assertThat(transactions.inTransaction(() -> outbox.backlog()).size()).isEqualTo(6);
    }

    @Test
    void returnsAtMostTheAskedNumberOfEntriesOldestFirst() {
        List<OrganisationRolesChanged> events = new java.util.ArrayList<>();
        Organisation organisation = anOrganisation().build();
        for (int i = 0; i < 5; i++) {
            events.add(organisation.changeRoles(Set.of(), AT.plusSeconds(i)));
        }
        transactions.inTransaction(() -> outbox.appendAll(events));

        List<OutboxEntry> firstThree = transactions.inTransaction(() -> outbox.unpublished(3));

        assertThat(firstThree).extracting(OutboxEntry::eventId)
                .containsExactly(events.get(0).eventId(), events.get(1).eventId(), events.get(2).eventId());
    }

    @Test
    void participantEventsCarryIdsButNoPersonalData() {
        var registration = Participant.register(ParticipantId.newId(), OrganisationId.newId(),
                ParticipantFixtures.aParticipant().named("Amina Yusuf").details(), AT);
        Participant participant = registration.participant();

        transactions.inTransaction(() -> outbox.appendAll(List.of(registration.event(),
                participant.change(ParticipantFixtures.aParticipant().named("Amina Y.").details(), AT),
                participant.complete(AT), participant.anonymise(AT))));

        List<OutboxEntry> entries = transactions.inTransaction(() -> outbox.unpublished(10));
        assertThat(entries).extracting(OutboxEntry::eventType).containsExactly("ParticipantRegistered",
                "ParticipantChanged", "ParticipationCompleted", "ParticipantAnonymised");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.aggregateType()).isEqualTo("Participant");
            assertThat(entry.aggregateId()).isEqualTo(participant.id().toString());
            // the ids are random hex and may contain any run of digits ("…-e9876e6a8a59" once did): taken out,
            // nothing left can contain a personal value by chance, so even its smallest piece must be absent
            String withoutIds = entry.payloadJson().replace(participant.id().toString(), "<participant>")
                    .replace(participant.consumer().toString(), "<consumer>")
                    .replace(entry.eventId().toString(), "<event>");
            assertThat(withoutIds).doesNotContain("Amina", "Yusuf", "811218", "9876", "amina.yusuf",
                    "example.org", "70 123", "701234567", "\"ar\"");
        });
        JsonObject registered = Json.createReader(new StringReader(entries.get(0).payloadJson())).readObject();
        assertThat(registered.keySet()).containsExactlyInAnyOrder("participantId", "consumerOrganisationId");
    }

    /** Appended events are written at the commit, or earlier when the transaction reads the outbox: once either way. */
    @Test
    void aReadLaterInTheTransactionSeesWhatItAppendedAndTheCommitWritesEachOnce() {
        Organisation organisation = anOrganisation().build();
        List<OrganisationRolesChanged> events = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            events.add(organisation.changeRoles(Set.of(), AT.plusSeconds(i)));
        }

        List<Object> seen = transactions.inTransaction(() -> {
            outbox.append(events.get(0));
            outbox.appendAll(events.subList(1, 3));
            List<OutboxEntry> first = outbox.unpublished(10);
            outbox.append(events.get(3));
            long backlog = outbox.backlog().size();
            return List.of(first.stream().map(OutboxEntry::eventId).toList(), backlog);
        });

        assertThat(seen.get(0)).isEqualTo(events.subList(0, 3).stream().map(e -> e.eventId()).toList());
        assertThat(seen.get(1)).isEqualTo(4L);
        assertThat(transactions.inTransaction(() -> outbox.unpublished(10))).extracting(OutboxEntry::eventId)
                .containsExactlyElementsOf(events.stream().map(e -> e.eventId()).toList());
    }

    @Test
    void forgetsEventsOfATransactionThatFailed() {
        Organisation organisation = anOrganisation().build();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            outbox.append(organisation.changeRoles(Set.of(), AT));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(transactions.inTransaction(() -> outbox.unpublished(10))).isEmpty();
    }

    @Test
    void claimsTheOldestUnpublishedEntriesInOrder() {
        List<OrganisationRolesChanged> events = appendRoleChanges(anOrganisation().build(), 5);

        List<OutboxEntry> claimed = transactions.inTransaction(() -> outbox.claimUnpublished(3));

        assertThat(claimed).extracting(OutboxEntry::eventId).containsExactly(
                events.get(0).eventId(), events.get(1).eventId(), events.get(2).eventId());
        assertThat(claimed.get(0).payloadJson()).contains("previousRoles");
    }

    @Test
    void leavesClaimedEntriesWaitingWhenTheClaimingTransactionDoesNotMarkThem() {
        appendRoleChanges(anOrganisation().build(), 2);
        List<OutboxEntry> first = transactions.inTransaction(() -> outbox.claimUnpublished(10));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            List<OutboxEntry> claimed = outbox.claimUnpublished(10);
            outbox.markPublished(claimed.stream().map(OutboxEntry::sequence).toList(), AT);
            throw new IllegalStateException("the relay failed before it committed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(transactions.inTransaction(() -> outbox.claimUnpublished(10))).isEqualTo(first);
        assertThat(transactions.inTransaction(() -> outbox.backlog()).size()).isEqualTo(2);
    }

    @Test
    void neverHandsOutOrCountsAnEntryMarkedAsPublished() {
        List<OrganisationRolesChanged> events = appendRoleChanges(anOrganisation().build(), 4);
        List<OutboxEntry> entries = transactions.inTransaction(() -> outbox.unpublished(10));

        transactions.inTransaction(() -> outbox.markPublished(
                List.of(entries.get(0).sequence(), entries.get(2).sequence()), AT.plusSeconds(60)));

        assertThat(transactions.inTransaction(() -> outbox.unpublished(10))).extracting(OutboxEntry::eventId)
                .containsExactly(events.get(1).eventId(), events.get(3).eventId());
        assertThat(transactions.inTransaction(() -> outbox.claimUnpublished(10))).extracting(OutboxEntry::eventId)
                .containsExactly(events.get(1).eventId(), events.get(3).eventId());
        assertThat(transactions.inTransaction(() -> outbox.backlog()))
                .isEqualTo(new OutboxBacklog(2, Optional.of(entries.get(1).occurredAt())));
    }

    @Test
    void marksAnEntryOnlyOnceAndIgnoresAnEmptyMarking() {
        appendRoleChanges(anOrganisation().build(), 1);
        long sequence = transactions.inTransaction(() -> outbox.unpublished(1)).get(0).sequence();

        transactions.inTransaction(() -> outbox.markPublished(List.of(sequence), AT));
        transactions.inTransaction(() -> outbox.markPublished(List.of(sequence, sequence), AT.plusSeconds(1)));
        transactions.inTransaction(() -> outbox.markPublished(List.of(), AT));

        assertThat(transactions.inTransaction(() -> outbox.backlog())).isEqualTo(OutboxBacklog.EMPTY);
        assertThat(transactions.inTransaction(() -> outbox.claimUnpublished(10))).isEmpty();
    }

    @Test
    void reportsTheBacklogWithItsOldestEntry() {
        assertThat(transactions.inTransaction(() -> outbox.backlog())).isEqualTo(OutboxBacklog.EMPTY);

        appendRoleChanges(anOrganisation().build(), 3);

        OutboxBacklog backlog = transactions.inTransaction(() -> outbox.backlog());
        assertThat(backlog.size()).isEqualTo(3);
        assertThat(backlog.oldestOccurredAt()).contains(Instant.parse("2026-11-23T09:15:30.123456Z"));
        assertThat(backlog.age(AT.plus(Duration.ofMinutes(5)))).isEqualTo(Duration.ofMinutes(5).plusNanos(789));
    }

    @Test
    void purgesOnlyEntriesPublishedBeforeTheCutoff() {
        List<OrganisationRolesChanged> events = appendRoleChanges(anOrganisation().build(), 4);
        List<Long> sequences = sequences();
        Instant cutoff = AT.plusSeconds(30);
        transactions.inTransaction(() -> outbox.markPublished(List.of(sequences.get(0)), AT.plusSeconds(10)));
        transactions.inTransaction(() -> outbox.markPublished(List.of(sequences.get(1)), AT.plusSeconds(20)));
        transactions.inTransaction(() -> outbox.markPublished(List.of(sequences.get(2)), cutoff));

        assertThat(purge(cutoff, 10)).as("published at +10 s and +20 s, before the cutoff").isEqualTo(2);

        assertThat(purge(cutoff, 10)).as("nothing older is left").isZero();
        assertThat(purge(cutoff.plusNanos(1_000), 10)).as("the one published at the cutoff stayed").isOne();
        assertThat(transactions.inTransaction(() -> outbox.unpublished(10))).extracting(OutboxEntry::eventId)
                .containsExactly(events.get(3).eventId());
    }

    @Test
    void neverPurgesAnUnpublishedEntryHoweverOld() {
        List<OrganisationRolesChanged> events = appendRoleChanges(anOrganisation().build(), 3);
        transactions.inTransaction(() -> outbox.markPublished(List.of(sequences().get(1)), AT));

        assertThat(purge(AT.plus(Duration.ofDays(3650)), 10)).isOne();

        assertThat(transactions.inTransaction(() -> outbox.unpublished(10))).extracting(OutboxEntry::eventId)
                .containsExactly(events.get(0).eventId(), events.get(2).eventId());
        assertThat(transactions.inTransaction(() -> outbox.backlog()))
                .isEqualTo(new OutboxBacklog(2, Optional.of(Instant.parse("2026-11-23T09:15:30.123456Z"))));
        assertThat(purge(AT.plus(Duration.ofDays(3650)), 10)).isZero();
    }

    @Test
    void purgesAtMostTheLimitTheEarliestPublishedFirst() {
        appendRoleChanges(anOrganisation().build(), 5);
        List<Long> sequences = sequences();
        for (int i = 0; i < 5; i++) {
            // the last appended was published first
            long sequence = sequences.get(4 - i);
            Instant publishedAt = AT.plusSeconds(i + 1);
            transactions.inTransaction(() -> outbox.markPublished(List.of(sequence), publishedAt));
        }

        assertThat(purge(AT.plusSeconds(60), 2)).isEqualTo(2);

        assertThat(purge(AT.plusSeconds(3), 10)).as("those published at +1 s and +2 s went").isZero();
        assertThat(purge(AT.plusSeconds(60), 10)).isEqualTo(3);
    }

    @Test
    void repeatedPurgesFinishTheJob() {
        appendRoleChanges(anOrganisation().build(), 7);
        transactions.inTransaction(() -> outbox.markPublished(sequences(), AT));

        assertThat(List.of(purge(AT.plusSeconds(1), 3), purge(AT.plusSeconds(1), 3), purge(AT.plusSeconds(1), 3),
                purge(AT.plusSeconds(1), 3))).containsExactly(3, 3, 1, 0);
        assertThat(purge(AT.plusSeconds(1), 0)).as("a limit below one deletes nothing").isZero();
    }

    @Test
    void relaysClaimAndPublishWhatRemainsAfterAPurge() {
        List<OrganisationRolesChanged> events = appendRoleChanges(anOrganisation().build(), 4);
        transactions.inTransaction(() -> {
            List<OutboxEntry> claimed = outbox.claimUnpublished(2);
            outbox.markPublished(claimed.stream().map(OutboxEntry::sequence).toList(), AT);
        });

        assertThat(purge(AT.plusSeconds(1), 10)).isEqualTo(2);

        List<OutboxEntry> rest = transactions.inTransaction(() -> {
            List<OutboxEntry> claimed = outbox.claimUnpublished(10);
            outbox.markPublished(claimed.stream().map(OutboxEntry::sequence).toList(), AT.plusSeconds(2));
            return claimed;
        });
        assertThat(rest).extracting(OutboxEntry::eventId)
                .containsExactly(events.get(2).eventId(), events.get(3).eventId());
        assertThat(transactions.inTransaction(() -> outbox.backlog())).isEqualTo(OutboxBacklog.EMPTY);
        assertThat(purge(AT.plusSeconds(1), 10)).as("published after that cutoff").isZero();
        assertThat(purge(AT.plusSeconds(3), 10)).isEqualTo(2);
        appendRoleChanges(anOrganisation().build(), 1);
        assertThat(transactions.inTransaction(() -> outbox.claimUnpublished(10))).hasSize(1);
    }

    protected int purge(Instant cutoff, int limit) {
        return transactions.inTransaction(() -> outbox.purgePublishedBefore(cutoff, limit));
    }

    /** The sequences of the entries waiting now, oldest first. */
    protected List<Long> sequences() {
        return transactions.inTransaction(() -> outbox.unpublished(100)).stream().map(OutboxEntry::sequence).toList();
    }

    /** Appends {@code count} events of one organisation, a second apart from {@link #AT}, each in its transaction. */
    protected List<OrganisationRolesChanged> appendRoleChanges(Organisation organisation, int count) {
        List<OrganisationRolesChanged> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OrganisationRolesChanged event = organisation.changeRoles(
                    i % 2 == 0 ? Set.of(OrganisationRole.SUPPLIER) : Set.of(), AT.plusSeconds(i));
            transactions.inTransaction(() -> outbox.append(event));
            events.add(event);
        }
        return events;
    }
}

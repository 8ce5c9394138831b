package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.esp.adapter.persistence.testing.OrganisationFixtures.anOrganisation;
import static se.esp.adapter.persistence.testing.ParticipantFixtures.aParticipant;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.port.out.Participants;
import se.esp.application.port.out.Transactions;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** What every implementation of {@link Participants} guarantees. */
public abstract class ParticipantsContract {

    protected static final Instant COMPLETED = Instant.parse("2026-12-01T10:00:00Z");

    protected PersistenceAdapters adapters;
    protected Participants participants;
    protected Transactions transactions;
    protected Organisation consumer;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorageWithAConsumer() {
        adapters = Backends.fresh(backend());
        participants = adapters.participants();
        transactions = adapters.transactions();
        consumer = transactions.inTransaction(() -> adapters.organisations().save(anOrganisation().build()));
    }

    protected Participant save(Participant participant) {
        return transactions.inTransaction(() -> participants.save(participant));
    }

    protected Participant find(ParticipantId id) {
        return transactions.inTransaction(() -> participants.findById(id)).orElseThrow();
    }

    @Test
    void keepsEveryPieceOfPersonalDataAndCountsTheVersion() {
        Participant amina = aParticipant().of(consumer.id()).named("Amina Yusuf – أمينة").build();

        Participant saved = save(amina);

        assertThat(saved.version()).isEqualTo(1);
        Participant found = find(amina.id());
        assertThat(found.consumer()).isEqualTo(consumer.id());
        assertThat(found.detailsIfAny()).contains(amina.detailsIfAny().orElseThrow());
        assertThat(found.registeredAt()).isEqualTo(amina.registeredAt());
        assertThat(found.completedAt()).isEmpty();
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void keepsAParticipantWithoutIdentityNumberOrContact() {
        Participant sara = aParticipant().of(consumer.id()).withoutIdentityNumber().reachableAt(null, null).build();

        save(sara);

        ParticipantDetails details = find(sara.id()).detailsIfAny().orElseThrow();
        assertThat(details.identityNumberIfAny()).isEmpty();
        assertThat(details.contactIfAny()).isEmpty();
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(transactions.inTransaction(() -> participants.findById(ParticipantId.newId()))).isEmpty();
    }

    @Test
    void refusesAChangeMadeOnAnOutdatedRead() {
        Participant stored = save(aParticipant().of(consumer.id()).build());
        Participant first = find(stored.id());
        Participant second = find(stored.id());
        first.change(aParticipant().named("First").details(), COMPLETED);
        save(first);
        second.change(aParticipant().named("Second").details(), COMPLETED);

        assertThatThrownBy(() -> save(second)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThat(find(stored.id()).detailsIfAny().orElseThrow().name().value()).isEqualTo("First");
    }

    @Test
    void anonymisingLeavesNoPersonalDataBehind() {
        Participant stored = save(aParticipant().of(consumer.id()).build());
        stored.complete(COMPLETED);
        Participant completed = save(stored);
        completed.anonymise(COMPLETED.plusSeconds(60));

        save(completed);

        Participant found = find(stored.id());
        assertThat(found.isAnonymised()).isTrue();
        assertThat(found.detailsIfAny()).isEmpty();
        assertThat(found.completedAt()).contains(COMPLETED);
        assertThat(found.consumer()).isEqualTo(consumer.id());
    }

    @Test
    void listsCompletedParticipantsNotYetAnonymisedOldestCompletionFirst() {
        Participant open = save(aParticipant().of(consumer.id()).build());
        Participant early = completed(COMPLETED);
        Participant later = completed(COMPLETED.plusSeconds(3600));
        Participant tooLate = completed(COMPLETED.plusSeconds(7200));
        Participant gone = completed(COMPLETED.minusSeconds(3600));
        gone.anonymise(COMPLETED);
        save(gone);

        assertThat(transactions.inTransaction(() ->
                participants.completedAndNotAnonymised(COMPLETED.plusSeconds(3600), 10)))
                .containsExactly(early.id(), later.id())
                .doesNotContain(open.id(), tooLate.id(), gone.id());
        assertThat(transactions.inTransaction(() ->
                participants.completedAndNotAnonymised(COMPLETED.plusSeconds(3600), 1))).containsExactly(early.id());
    }

    private Participant completed(Instant at) {
        Participant stored = save(aParticipant().of(consumer.id()).build());
        stored.complete(at);
        return save(stored);
    }
}

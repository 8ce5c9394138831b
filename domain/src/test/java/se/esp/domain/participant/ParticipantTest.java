package se.esp.domain.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

class ParticipantTest {

    private static final Instant REGISTERED = Instant.parse("2026-01-10T09:00:00Z");
    private static final ParticipantDetails AMINA = new ParticipantDetails(new ParticipantName("Amina Yusuf"),
            PersonalIdentityNumber.parse("19811218-9876"), new PreferredLanguage("ar"),
            new Contact("amina@example.org", null));

    private final Participant participant = Participant.register(ParticipantId.newId(), OrganisationId.newId(),
            AMINA, REGISTERED).participant();

    @Test
    void registrationEventSaysForWhichOrganisationButNotWho() {
        var registration = Participant.register(ParticipantId.newId(), OrganisationId.newId(), AMINA, REGISTERED);

        ParticipantRegistered event = registration.event();
        assertThat(withoutIds(event.toString(), event.eventId(), event.participantId().value(),
                event.consumerOrganisationId().value())).doesNotContain("Amina").doesNotContain("9876")
                .doesNotContain("amina@");
        assertThat(registration.event().consumerOrganisationId()).isEqualTo(registration.participant().consumer());
    }

    @Test
    void retentionRunsFromCompletionNotFromRegistration() {
        Period retention = Period.ofMonths(24);
        participant.complete(Instant.parse("2026-03-31T12:00:00Z"));

        assertThat(participant.retentionEnds(retention)).isEqualTo(Instant.parse("2028-03-31T12:00:00Z"));
        assertThat(participant.retentionExpired(retention, Instant.parse("2028-03-31T11:59:59Z"))).isFalse();
        assertThat(participant.retentionExpired(retention, Instant.parse("2028-03-31T12:00:00Z"))).isTrue();
    }

    @Test
    void aParticipantNotYetCompletedNeverExpires() {
        assertThat(participant.retentionExpired(Period.ofMonths(24), Instant.parse("2099-01-01T00:00:00Z")))
                .isFalse();
    }

    @Test
    void anonymisingRemovesAllPersonalDataAndRefusesLaterChanges() {
        participant.complete(Instant.parse("2026-03-31T12:00:00Z"));

        participant.anonymise(Instant.parse("2028-04-01T00:00:00Z"));

        assertThat(participant.detailsIfAny()).isEmpty();
        assertThat(participant.ageOn(LocalDate.of(2028, 4, 1))).isEmpty();
        assertThat(participant.isAnonymised()).isTrue();
        assertThatThrownBy(() -> participant.change(AMINA, Instant.now()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PARTICIPANT_ANONYMISED));
    }

    @Test
    void completesOnlyOnce() {
        participant.complete(Instant.parse("2026-03-31T12:00:00Z"));

        assertThatThrownBy(() -> participant.complete(Instant.parse("2026-04-01T12:00:00Z")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PARTICIPATION_ALREADY_COMPLETED));
    }

    @Test
    void derivesTheAgeFromTheIdentityNumberWhenKept() {
        assertThat(participant.ageOn(LocalDate.of(2026, 12, 18))).contains(45);
        Participant withoutNumber = Participant.register(ParticipantId.newId(), OrganisationId.newId(),
                new ParticipantDetails(new ParticipantName("Sara"), null, new PreferredLanguage("ti"), null),
                REGISTERED).participant();
        assertThat(withoutNumber.ageOn(LocalDate.of(2026, 12, 18))).isEmpty();
    }

    @Test
    void noTextFormRevealsPersonalData() {
        assertThat(withoutIds(participant.toString() + AMINA + AMINA.name() + AMINA.contact(),
                participant.id().value(), participant.consumer().value()))
                .doesNotContain("Amina").doesNotContain("9876").doesNotContain("example.org");
    }

    /**
     * The text with the given random ids replaced: a random UUID may contain any run of digits (one with
     * "…-e9876e6a8a59" once failed a check like these), and what is left can contain a personal value only if
     * it leaked.
     */
    private static String withoutIds(String text, UUID... ids) {
        for (UUID id : ids) {
            text = text.replace(id.toString(), "<id>");
        }
        assertThat(text).doesNotContainPattern("\\p{XDigit}{8}-\\p{XDigit}{4}-");
        return text;
    }
}

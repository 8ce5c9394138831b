package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.adapter.persistence.testing.DeliveryFixtures;
import se.esp.application.application.ApplicationParticipantReferences;
import se.esp.application.credential.CredentialsOfParticipant;
import se.esp.application.application.ApplicationService;
import se.esp.application.delivery.DeliveryParticipantAccess;
import se.esp.application.matching.MatchingService;
import se.esp.application.paging.PageRequest;
import se.esp.application.participant.ParticipantReadPolicy;
import se.esp.application.participant.ParticipantService;
import se.esp.application.port.in.application.ApplicantEntry;
import se.esp.application.port.in.application.ApplicationFilter;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.application.RawAnswer;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PreferredLanguage;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;

/**
 * A retried submission with the same idempotency key creates nothing twice — no second application, no second
 * participant, no second event — on every backend, through the real use case and the adapters together.
 */
public abstract class IdempotentSubmissionContract {

    protected PersistenceAdapters adapters;
    protected DeliveryFixtures given;
    protected ApplicationService applications;
    protected ActingUser caseOfficer;

    protected abstract Backend backend();

    @BeforeEach
    void platform() {
        adapters = Backends.fresh(backend());
        given = DeliveryFixtures.storedIn(adapters);
        Clock clock = Clock.fixed(DeliveryFixtures.AT, ZoneOffset.UTC);
        var participants = new ParticipantService(adapters.participants(), adapters.personalDataAuditLog(),
                adapters.outbox(), adapters.transactions(), clock, new ParticipantReadPolicy(
                new DeliveryParticipantAccess(adapters.deliveries(), adapters.resources())),
                ParticipantService.DEFAULT_RETENTION,
                new ApplicationParticipantReferences(adapters.applications()),
                new CredentialsOfParticipant(adapters.issuedCredentials(), adapters.credentialRevocations()));
        var matching = new MatchingService(adapters.waitingDemand(), adapters.applications(), adapters.resources(),
                adapters.organisations(), adapters.offeringRequirements(), adapters.offerings(),
                adapters.openDeliveries(), adapters.deliveries(), adapters.matchingRuns(), adapters.outbox(),
                adapters.transactions(), clock);
        applications = new ApplicationService(adapters.applications(), adapters.offerings(), adapters.deliveries(),
                participants, matching, adapters.outbox(), adapters.personalDataAuditLog(), adapters.transactions(),
                clock);
        caseOfficer = new ActingUser("case-officer@olofstrom", given.olofstrom.id(),
                EnumSet.of(UserRole.CONSUMER_STAFF));
    }

    protected SubmitApplicationCommand application(String key, int participants) {
        List<ApplicantEntry> entries = java.util.stream.IntStream.range(0, participants)
                .mapToObj(i -> new ApplicantEntry(new ParticipantDetails(new ParticipantName("Deltagare " + i), null,
                        new PreferredLanguage("ar"), null), Set.of(),
                        Map.of("previousEducation", RawAnswer.text("Gymnasium")))).toList();
        return new SubmitApplicationCommand(given.offering.current().id(), LanguageCode.of("ar"),
                LocalDate.of(2026, 12, 7), false, entries, key == null ? null : new IdempotencyKey(key));
    }

    protected long applicationsOfOlofstrom() {
        return adapters.transactions().inTransaction(() -> adapters.applications().list(
                ApplicationFilter.byStatus(null).ofConsumer(given.olofstrom.id()), new PageRequest(0, 10)))
                .totalItems();
    }

    protected long outboxEntries() {
        return adapters.transactions().inTransaction(() -> adapters.outbox().backlog().size());
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstApplicationAndStoresNothingMore() {
        var first = applications.submit(caseOfficer, application("olofstrom-0042", 2));
        long events = outboxEntries();

        var retry = applications.submit(caseOfficer, application("olofstrom-0042", 2));

        assertThat(first.created()).isTrue();
        assertThat(retry.created()).isFalse();
        assertThat(retry.application().id()).isEqualTo(first.application().id());
        assertThat(retry.application().participantIds()).isEqualTo(first.application().participantIds());
        assertThat(applicationsOfOlofstrom()).isEqualTo(1);
        assertThat(outboxEntries()).isEqualTo(events);
    }

    @Test
    void theSameKeyForAnotherApplicationIsRefusedAndWithoutAKeyEverySubmissionCounts() {
        applications.submit(caseOfficer, application("olofstrom-0042", 2));

        assertThatThrownBy(() -> applications.submit(caseOfficer, application("olofstrom-0042", 3)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED));
        applications.submit(caseOfficer, application(null, 1));
        applications.submit(caseOfficer, application(null, 1));
        assertThat(applicationsOfOlofstrom()).isEqualTo(3);
    }
}

package se.esp.application.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import se.esp.application.credential.CredentialsOfParticipant;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.CredentialRevocations;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.IssuedCredentials;
import se.esp.application.port.out.ParticipantCredentials;
import se.esp.application.port.out.ParticipantReferences;
import se.esp.application.port.out.Participants;
import se.esp.application.port.out.PersonalDataAccess;
import se.esp.application.port.out.PersonalDataAuditLog;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PreferredLanguage;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

@ExtendWith(MockitoExtension.class)
class ParticipantServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final OrganisationId OLOFSTROM = OrganisationId.newId();
    private static final OrganisationId RONNEBY = OrganisationId.newId();
    private static final ActingUser RONNEBY_CONSUMER = new ActingUser("ronneby-consumer", RONNEBY,
            EnumSet.of(UserRole.CONSUMER_STAFF));

    @Mock
    private ParticipantReferences references;
    @Mock
    private Participants participants;
    @Mock
    private PersonalDataAuditLog audit;
    @Mock
    private EventOutbox outbox;
    @Mock
    private IssuedCredentials issued;
    @Mock
    private CredentialRevocations revocations;

    private final ParticipantId amina = ParticipantId.newId();
    private boolean committed;
    private ParticipantService service;
    private boolean supplierDelivers;

    @BeforeEach
    void setUp() {
        Transactions recording = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                T result = work.get();
                committed = true;
                return result;
            }
        };
        service = new ParticipantService(participants, audit, outbox, recording, Clock.fixed(NOW, ZoneOffset.UTC),
                new ParticipantReadPolicy((user, participant) -> supplierDelivers), ParticipantService.DEFAULT_RETENTION,
                references, new CredentialsOfParticipant(issued, revocations));
    }

    @Test
    void aRefusedReadIsNotFoundAndItsAuditLineIsCommittedBeforeTheRefusal() {
        when(participants.findById(amina)).thenReturn(Optional.of(participantOf(OLOFSTROM)));

        assertThatThrownBy(() -> service.get(RONNEBY_CONSUMER, amina))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PARTICIPANT_NOT_FOUND));

        assertThat(committed).isTrue();
        ArgumentCaptor<PersonalDataAccess> line = ArgumentCaptor.forClass(PersonalDataAccess.class);
        verify(audit).record(line.capture());
        assertThat(line.getValue().outcome()).isEqualTo(PersonalDataAccess.Outcome.DENIED);
        assertThat(line.getValue().userId()).isEqualTo("ronneby-consumer");
        assertThat(line.getValue().participant()).isEqualTo(amina);
        assertThat(line.getValue().useCase()).isEqualTo(ParticipantService.GET);
    }

    @Test
    void anUnknownIdIsRefusedExactlyAsAParticipantOfAnotherOrganisation() {
        when(participants.findById(amina)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.get(RONNEBY_CONSUMER, amina))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PARTICIPANT_NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("no participant with id " + amina);
                });
    }

    @Test
    void rolesThatCanNeverSeeParticipantsAreRefusedBeforeAnythingIsRead() {
        for (UserRole role : EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR, UserRole.COORDINATOR)) {
            assertThatThrownBy(() -> service.get(new ActingUser("x", RONNEBY, EnumSet.of(role)), amina))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        }
        verifyNoInteractions(participants, audit);
    }

    @Test
    void theDeliveringSupplierMaySeeAParticipantOnceDeliveriesSaySo() {
        ActingUser supplier = new ActingUser("malmo-supplier", OrganisationId.newId(),
                EnumSet.of(UserRole.SUPPLIER_STAFF));
        when(participants.findById(amina)).thenReturn(Optional.of(participantOf(OLOFSTROM)));

        assertThatThrownBy(() -> service.get(supplier, amina)).isInstanceOf(DomainException.class);
        supplierDelivers = true;
        assertThat(service.get(supplier, amina).id()).isEqualTo(amina);
        assertThatThrownBy(() -> service.export(supplier, amina))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void anonymisesOnlyWhenTheRetentionPeriodAfterCompletionHasRunOut() {
        Participant notYet = participantOf(OLOFSTROM);
        notYet.complete(NOW.minusSeconds(3600));
        when(participants.completedAndNotAnonymised(any(), any(Integer.class)))
                .thenReturn(java.util.List.of(notYet.id()));
        when(participants.findById(notYet.id())).thenReturn(Optional.of(notYet));

        assertThat(service.anonymiseExpired(ActingUser.system("retention"))).isZero();
        verify(participants, never()).save(any());
        assertThatThrownBy(() -> service.anonymiseExpired(RONNEBY_CONSUMER))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void anExpiredParticipantIsAnonymisedWithWhatApplicationsSayAboutThem() {
        Participant expired = participantOf(OLOFSTROM);
        expired.complete(NOW.atOffset(ZoneOffset.UTC).minusMonths(25).toInstant());
        when(participants.completedAndNotAnonymised(any(), any(Integer.class)))
                .thenReturn(java.util.List.of(expired.id()));
        when(participants.findById(expired.id())).thenReturn(Optional.of(expired));

        assertThat(service.anonymiseExpired(ActingUser.system("retention"))).isOne();
        assertThat(expired.isAnonymised()).isTrue();
        verify(references).erase(expired.id());
    }

    @Test
    void theExportHoldsTheParticipantsCredentialsWithTheirRevocations() {
        Participant participant = participantOf(RONNEBY);
        when(participants.findById(amina)).thenReturn(Optional.of(participant));
        IssuedCredential kept = credentialOf(amina, "VO-HYG-02", NOW.minusSeconds(60));
        IssuedCredential revoked = credentialOf(amina, "VO-OMV-01", NOW.minusSeconds(120));
        CredentialRevocation revocation = new CredentialRevocation(revoked.id(), "Issued by mistake", "admin", NOW);
        when(issued.list(any(), any())).thenAnswer(call -> {
            IssuedCredentials.Filter filter = call.getArgument(0);
            assertThat(filter.participant()).isEqualTo(amina);
            return new Page<>(List.of(kept, revoked), call.getArgument(1), 2);
        });
        when(revocations.find(kept.id())).thenReturn(Optional.empty());
        when(revocations.find(revoked.id())).thenReturn(Optional.of(revocation));

        var export = service.export(RONNEBY_CONSUMER, amina);

        assertThat(export.credentials()).containsExactly(new ParticipantCredentials.Held(kept, null),
                new ParticipantCredentials.Held(revoked, revocation));
    }

    @Test
    void theExportReadsEveryPageOfCredentials() {
        when(participants.findById(amina)).thenReturn(Optional.of(participantOf(RONNEBY)));
        int total = PageRequest.MAX_SIZE + 3;
        when(issued.list(any(), any())).thenAnswer(call -> {
            PageRequest page = call.getArgument(1);
            int from = (int) page.offset();
            int to = Math.min(total, from + page.size());
            List<IssuedCredential> items = java.util.stream.IntStream.range(from, to)
                    .mapToObj(i -> credentialOf(amina, "CODE-" + i, NOW.minusSeconds(i))).toList();
            return new Page<>(items, page, total);
        });

        assertThat(service.export(RONNEBY_CONSUMER, amina).credentials()).hasSize(total)
                .extracting(held -> held.credential().code()).doesNotHaveDuplicates();
    }

    @Test
    void credentialsOutliveTheRetentionPeriodAndStayInTheExport() {
        Participant expired = participantOf(RONNEBY);
        expired.complete(NOW.atOffset(ZoneOffset.UTC).minusMonths(25).toInstant());
        when(participants.completedAndNotAnonymised(any(), any(Integer.class))).thenReturn(List.of(amina));
        when(participants.findById(amina)).thenReturn(Optional.of(expired));
        IssuedCredential credential = credentialOf(amina, "VO-OMV-01", NOW.minusSeconds(60));
        when(issued.list(any(), any())).thenAnswer(call -> new Page<>(List.of(credential), call.getArgument(1), 1));

        assertThat(service.anonymiseExpired(ActingUser.system("retention"))).isOne();
        assertThat(expired.isAnonymised()).isTrue();
        verifyNoInteractions(issued, revocations);

        assertThat(service.export(RONNEBY_CONSUMER, amina).credentials())
                .extracting(ParticipantCredentials.Held::credential).containsExactly(credential);
    }

    private static IssuedCredential credentialOf(ParticipantId participant, String code, Instant issuedAt) {
        return new IssuedCredential(CredentialId.newId(), CredentialDefinitionId.newId(), code, 1, participant,
                DeliveryId.newId(), OLOFSTROM, RONNEBY, issuedAt, null);
    }

    private Participant participantOf(OrganisationId consumer) {
        return Participant.reconstitute(amina, consumer, new ParticipantDetails(new ParticipantName("Amina Yusuf"),
                null, new PreferredLanguage("ar"), null), NOW, null, null, 1);
    }
}

package se.esp.application.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import se.esp.application.matching.MatchingTrigger;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.participant.ParticipantReadPolicy;
import se.esp.application.participant.ParticipantService;
import se.esp.application.port.in.application.ApplicantEntry;
import se.esp.application.port.in.application.ApplicationChange;
import se.esp.application.port.in.application.ApplicationFilter;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.application.port.in.participant.ParticipantExport;
import se.esp.application.port.in.participant.RegisterParticipantCommand;
import se.esp.application.port.in.participant.RegisterParticipantUseCase;
import se.esp.application.port.out.Applications;
import se.esp.application.port.out.Deliveries;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Offerings;
import se.esp.application.port.out.Participants;
import se.esp.application.port.out.PersonalDataAccess;
import se.esp.application.port.out.PersonalDataAuditLog;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.application.Answers;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationParticipant;
import se.esp.domain.application.ApplicationReceived;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.application.RawAnswer;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.ApplicationForm;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.ComponentKind;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.FieldType;
import se.esp.domain.packaging.FormField;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.ResourceRequirement;
import se.esp.domain.packaging.Setting;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PreferredLanguage;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;
import se.esp.domain.shared.ValidationException;

@ExtendWith(MockitoExtension.class)
class ApplicationServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final OrganisationId OLOFSTROM = OrganisationId.newId();
    private static final OrganisationId BORLANGE = OrganisationId.newId();
    private static final OrganisationId RONNEBY = OrganisationId.newId();
    private static final ActingUser CASE_OFFICER = new ActingUser("case-officer", OLOFSTROM,
            EnumSet.of(UserRole.CONSUMER_STAFF));
    private static final PackagingContent CONTENT = new PackagingContent(
            LocalisedText.svEn("Studievägledning online", "Study guidance online"), null, null, null, null,
            DeliveryMode.DIGITAL, Set.of(LanguageCode.of("ar")), List.of(new Component(ComponentKind.GROUP_SESSION,
            10, 60, Setting.ONLINE, new ResourceRequirement(new CompetenceCode("study-guidance"), BigDecimal.ONE))),
            new GroupSize(1, 8), null, new ApplicationForm(List.of(new FormField("previousEducation",
            LocalisedText.svEn("Tidigare utbildning", "Previous education"), FieldType.TEXT, true, List.of()))),
            null, null, Money.parse("6500.00"));
    private static final Offering OFFERING = Offering.launch(OfferingId.newId(), PackagingId.newId(), RONNEBY,
            OfferingVersionId.newId(), 1, CONTENT, NOW).offering();

    @Mock
    private Applications applications;
    @Mock
    private Offerings offerings;
    @Mock
    private Deliveries deliveries;
    @Mock
    private RegisterParticipantUseCase participants;
    @Mock
    private MatchingTrigger matching;
    @Mock
    private EventOutbox outbox;

    private ApplicationService service;

    /** The audit log as storage keeps it: a transaction's lines stay only if it commits. */
    private final List<PersonalDataAccess> logged = new ArrayList<>();
    private final List<PersonalDataAccess> pending = new ArrayList<>();
    private final PersonalDataAuditLog audit = new PersonalDataAuditLog() {
        @Override
        public void record(PersonalDataAccess access) {
            pending.add(access);
        }

        @Override
        public List<PersonalDataAccess> about(ParticipantId participant) {
            return java.util.stream.Stream.concat(logged.stream(), pending.stream())
                    .filter(line -> line.participant().equals(participant)).toList();
        }
    };
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            try {
                T result = work.get();
                logged.addAll(pending);
                return result;
            } finally {
                pending.clear();
            }
        }
    };

    @BeforeEach
    void setUp() {
        service = new ApplicationService(applications, offerings, deliveries, participants, matching, outbox, audit,
                transactions, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static SubmitApplicationCommand command(IdempotencyKey key, RawAnswer education) {
        ApplicantEntry amina = new ApplicantEntry(new ParticipantDetails(new ParticipantName("Amina Yusuf"), null,
                new PreferredLanguage("ar"), null), Set.of(), Map.of("previousEducation", education));
        return new SubmitApplicationCommand(OFFERING.current().id(), LanguageCode.of("ar"), LocalDate.of(2026, 12, 7),
                false, List.of(amina), key);
    }

    private void registersParticipants() {
        when(participants.register(eq(CASE_OFFICER), any())).thenAnswer(call -> Participant.register(
                ParticipantId.newId(), OLOFSTROM, ((RegisterParticipantCommand) call.getArgument(1)).details(), NOW)
                .participant());
    }

    @Test
    void storesAValidApplicationWithItsParticipantsAndRunsMatchingRightAfter() {
        when(offerings.findByVersion(OFFERING.current().id())).thenReturn(Optional.of(OFFERING));
        registersParticipants();
        java.util.concurrent.atomic.AtomicReference<Application> stored = new java.util.concurrent.atomic
                .AtomicReference<>();
        when(applications.save(any())).thenAnswer(call -> {
            stored.set(call.getArgument(0));
            return stored.get();
        });
        when(applications.findById(any())).thenAnswer(call -> Optional.of(stored.get()));
        when(matching.decidesBeforeAnswering()).thenReturn(true);

        var submitted = service.submit(CASE_OFFICER, command(null, RawAnswer.text("Gymnasium")));

        assertThat(submitted.created()).isTrue();
        assertThat(logged).as("registering the participants logs them (participant service), not this").isEmpty();
        Application application = submitted.application();
        assertThat(application.status()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(application.consumer()).isEqualTo(OLOFSTROM);
        assertThat(application.supplier()).isEqualTo(RONNEBY);
        assertThat(application.participants()).singleElement().satisfies(p ->
                assertThat(p.answers().values()).containsEntry("previousEducation", "Gymnasium"));
        ArgumentCaptor<RegisterParticipantCommand> registered = ArgumentCaptor.forClass(
                RegisterParticipantCommand.class);
        verify(participants).register(eq(CASE_OFFICER), registered.capture());
        assertThat(registered.getValue().formRequiresIdentityNumber()).isFalse();
        verify(outbox).append(any(ApplicationReceived.class));
        var order = inOrder(matching);
        order.verify(matching).requestFor(eq(new se.esp.domain.matching.MatchingQueue(
                application.offeringVersion(),
                application.language())), any());
        order.verify(matching).runRequested();
        verify(applications).findById(application.id());
    }

    @Test
    void withMatchingInTheBackgroundTheAnswerIsTheStoredApplicationAndNothingIsReadAgain() {
        when(offerings.findByVersion(OFFERING.current().id())).thenReturn(Optional.of(OFFERING));
        registersParticipants();
        when(applications.save(any())).thenAnswer(call -> call.getArgument(0));
        when(matching.decidesBeforeAnswering()).thenReturn(false);

        var submitted = service.submit(CASE_OFFICER, command(null, RawAnswer.text("Gymnasium")));

        assertThat(submitted.created()).isTrue();
        assertThat(submitted.application().status()).as("pending: matching decides after the answer")
                .isEqualTo(ApplicationStatus.RECEIVED);
        var order = inOrder(matching);
        order.verify(matching).requestFor(any(), any());
        order.verify(matching).runRequested();
        verify(applications, never()).findById(any());
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstApplicationAndCreatesNothing() {
        IdempotencyKey key = new IdempotencyKey("olofstrom-2026-0042");
        Application first = Application.submit(se.esp.domain.shared.ApplicationId.newId(), OLOFSTROM,
                "case-officer", key, OFFERING.id(), OFFERING.current().id(), RONNEBY,
                List.of(new se.esp.domain.application.ApplicationParticipant(ParticipantId.newId(), Set.of(), null)),
                LanguageCode.of("ar"), LocalDate.of(2026, 12, 7), false, NOW).application();
        when(applications.findByIdempotencyKey(OLOFSTROM, key)).thenReturn(Optional.of(first));

        var retried = service.submit(CASE_OFFICER, command(key, RawAnswer.text("Gymnasium")));

        assertThat(retried.created()).isFalse();
        assertThat(retried.application()).isSameAs(first);
        verifyNoInteractions(participants, outbox, matching);
        verify(applications, never()).save(any());
        assertThat(logged).as("the stored answers went back to the caller").singleElement().satisfies(line ->
                assertRead(line, CASE_OFFICER, first.participantIds().get(0), ApplicationService.SUBMIT_AGAIN));

        SubmitApplicationCommand other = new SubmitApplicationCommand(OFFERING.current().id(), LanguageCode.of("ar"),
                LocalDate.of(2026, 12, 14), false, command(key, RawAnswer.text("x")).participants(), key);
        assertThatThrownBy(() -> service.submit(CASE_OFFICER, other)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED));
    }

    @Test
    void aSubmissionLosingTheRaceForItsKeyReturnsTheWinner() {
        IdempotencyKey key = new IdempotencyKey("race");
        Application winner = Application.submit(se.esp.domain.shared.ApplicationId.newId(), OLOFSTROM,
                "case-officer", key, OFFERING.id(), OFFERING.current().id(), RONNEBY,
                List.of(new se.esp.domain.application.ApplicationParticipant(ParticipantId.newId(), Set.of(), null)),
                LanguageCode.of("ar"), LocalDate.of(2026, 12, 7), false, NOW).application();
        when(applications.findByIdempotencyKey(OLOFSTROM, key)).thenReturn(Optional.empty(), Optional.of(winner));
        when(offerings.findByVersion(OFFERING.current().id())).thenReturn(Optional.of(OFFERING));
        registersParticipants();
        when(applications.save(any())).thenThrow(new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "taken"));

        var submitted = service.submit(CASE_OFFICER, command(key, RawAnswer.text("Gymnasium")));

        assertThat(submitted.created()).isFalse();
        assertThat(submitted.application()).isSameAs(winner);
        verify(matching, never()).runRequested();
    }

    @Test
    void anInvalidApplicationStoresNothingAndRegistersNobody() {
        when(offerings.findByVersion(OFFERING.current().id())).thenReturn(Optional.of(OFFERING));

        assertThatThrownBy(() -> service.submit(CASE_OFFICER, command(null, RawAnswer.number("12"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).isEqualTo("participants[0].answers.previousEducation")));
        verifyNoInteractions(participants, outbox, matching);
    }

    @Test
    void onlyConsumerStaffApplyAndAnotherConsumersApplicationIsNotFound() {
        ActingUser supplier = new ActingUser("supplier", RONNEBY, EnumSet.of(UserRole.SUPPLIER_STAFF));
        assertThatThrownBy(() -> service.submit(supplier, command(null, RawAnswer.text("x"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(offerings, applications);

        Application borlanges = Application.submit(se.esp.domain.shared.ApplicationId.newId(), BORLANGE,
                "other", null, OFFERING.id(), OFFERING.current().id(), RONNEBY,
                List.of(new se.esp.domain.application.ApplicationParticipant(ParticipantId.newId(), Set.of(), null)),
                LanguageCode.of("ar"), LocalDate.of(2026, 12, 7), false, NOW).application();
        when(applications.findById(borlanges.id())).thenReturn(Optional.of(borlanges));

        for (Runnable attempt : List.<Runnable>of(() -> service.get(CASE_OFFICER, borlanges.id()),
                () -> service.cancel(CASE_OFFICER, new ApplicationChange(borlanges.id(), 0, null)))) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.APPLICATION_NOT_FOUND));
        }
        assertThat(service.get(supplier, borlanges.id())).isSameAs(borlanges);
        verify(applications, times(0)).save(any());
    }

    private static Application applicationOf(OrganisationId consumer, int participants) {
        return Application.submit(ApplicationId.newId(), consumer, "case-officer", null, OFFERING.id(),
                OFFERING.current().id(), RONNEBY, java.util.stream.IntStream.range(0, participants)
                        .mapToObj(i -> new ApplicationParticipant(ParticipantId.newId(), Set.of(),
                                new Answers(Map.of("previousEducation", "Gymnasium " + i)))).toList(),
                LanguageCode.of("ar"), LocalDate.of(2026, 12, 7), false, NOW).application();
    }

    private static void assertRead(PersonalDataAccess line, ActingUser reader, ParticipantId participant,
                                   String useCase) {
        assertThat(line.userId()).isEqualTo(reader.userId());
        assertThat(line.userOrganisation()).isEqualTo(reader.organisationId());
        assertThat(line.participant()).isEqualTo(participant);
        assertThat(line.useCase()).isEqualTo(useCase);
        assertThat(line.kind()).isEqualTo(PersonalDataAccess.Kind.READ);
        assertThat(line.outcome()).isEqualTo(PersonalDataAccess.Outcome.GRANTED);
        assertThat(line.at()).isEqualTo(NOW);
    }

    @Test
    void readingAnApplicationLogsAReadOfEachOfItsParticipantsForTheConsumerAndTheSupplier() {
        Application application = applicationOf(OLOFSTROM, 2);
        when(applications.findById(application.id())).thenReturn(Optional.of(application));
        ActingUser supplier = new ActingUser("ronneby-supplier", RONNEBY, EnumSet.of(UserRole.SUPPLIER_STAFF));

        assertThat(service.get(CASE_OFFICER, application.id())).isSameAs(application);
        assertThat(service.get(supplier, application.id())).isSameAs(application);

        assertThat(logged).hasSize(4);
        assertRead(logged.get(0), CASE_OFFICER, application.participantIds().get(0), ApplicationService.GET);
        assertRead(logged.get(1), CASE_OFFICER, application.participantIds().get(1), ApplicationService.GET);
        assertRead(logged.get(2), supplier, application.participantIds().get(0), ApplicationService.GET);
        assertRead(logged.get(3), supplier, application.participantIds().get(1), ApplicationService.GET);
    }

    @Test
    void aRefusedReadIsNotFoundAndItsRefusalIsLoggedForEachParticipantAndCommittedBeforeTheRefusal() {
        Application borlanges = applicationOf(BORLANGE, 2);
        when(applications.findById(borlanges.id())).thenReturn(Optional.of(borlanges));
        ActingUser otherSupplier = new ActingUser("malmo-supplier", OrganisationId.newId(),
                EnumSet.of(UserRole.SUPPLIER_STAFF));

        for (ActingUser reader : List.of(CASE_OFFICER, otherSupplier)) {
            assertThatThrownBy(() -> service.get(reader, borlanges.id()))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.APPLICATION_NOT_FOUND);
                        assertThat(e.getMessage()).isEqualTo("no application with id " + borlanges.id());
                    });
        }

        assertThat(logged).as("committed, although the use case refused").hasSize(4).allSatisfy(line -> {
            assertThat(line.useCase()).isEqualTo(ApplicationService.GET);
            assertThat(line.kind()).isEqualTo(PersonalDataAccess.Kind.READ);
            assertThat(line.outcome()).isEqualTo(PersonalDataAccess.Outcome.DENIED);
        });
        assertThat(logged).extracting(PersonalDataAccess::userId)
                .containsExactly("case-officer", "case-officer", "malmo-supplier", "malmo-supplier");
        assertThat(logged).extracting(PersonalDataAccess::participant).containsExactlyElementsOf(
                List.of(borlanges.participantIds().get(0), borlanges.participantIds().get(1),
                        borlanges.participantIds().get(0), borlanges.participantIds().get(1)));
    }

    @Test
    void anUnknownIdIsNotFoundWithNobodyToLogAndOtherRolesAreRefusedBeforeAnythingIsRead() {
        ApplicationId unknown = ApplicationId.newId();
        when(applications.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.get(CASE_OFFICER, unknown)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.APPLICATION_NOT_FOUND));
        for (UserRole role : EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR, UserRole.COORDINATOR,
                UserRole.RESOURCE_PERSON)) {
            ActingUser other = new ActingUser("x", OLOFSTROM, EnumSet.of(role));
            assertThatThrownBy(() -> service.get(other, unknown)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
            assertThatThrownBy(() -> service.list(other, ApplicationFilter.byStatus(null), PageRequest.first()))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        }

        assertThat(logged).isEmpty();
        verify(applications).findById(unknown);
    }

    @Test
    void listingLogsAReadOfEachParticipantOfEachApplicationListed() {
        Application one = applicationOf(OLOFSTROM, 2);
        Application two = applicationOf(OLOFSTROM, 1);
        when(applications.list(ApplicationFilter.byStatus(null).ofConsumer(OLOFSTROM), PageRequest.first()))
                .thenReturn(new Page<>(List.of(one, two), PageRequest.first(), 2));

        assertThat(service.list(CASE_OFFICER, ApplicationFilter.byStatus(null), PageRequest.first()).items())
                .containsExactly(one, two);

        assertThat(logged).hasSize(3);
        assertRead(logged.get(0), CASE_OFFICER, one.participantIds().get(0), ApplicationService.LIST);
        assertRead(logged.get(1), CASE_OFFICER, one.participantIds().get(1), ApplicationService.LIST);
        assertRead(logged.get(2), CASE_OFFICER, two.participantIds().get(0), ApplicationService.LIST);
    }

    @Test
    void theSupplierListingApplicationsToItsOfferingsIsLoggedAsTheSupplier() {
        ActingUser supplier = new ActingUser("ronneby-supplier", RONNEBY, EnumSet.of(UserRole.SUPPLIER_STAFF));
        Application borlanges = applicationOf(BORLANGE, 1);
        when(applications.list(ApplicationFilter.byStatus(null).ofSupplier(RONNEBY), PageRequest.first()))
                .thenReturn(new Page<>(List.of(borlanges), PageRequest.first(), 1));

        service.list(supplier, ApplicationFilter.byStatus(null), PageRequest.first());

        assertThat(logged).singleElement().satisfies(line ->
                assertRead(line, supplier, borlanges.participantIds().get(0), ApplicationService.LIST));
    }

    @Test
    void confirmingCancellingAndRejectingLogTheAnswersTheyReturn() {
        Application matched = applicationOf(OLOFSTROM, 1);
        matched.match(se.esp.domain.delivery.DeliveryId.newId(), "placed", NOW);
        Application received = applicationOf(OLOFSTROM, 1);
        Application toReject = applicationOf(OLOFSTROM, 1);
        for (Application application : List.of(matched, received, toReject)) {
            when(applications.findById(application.id())).thenReturn(Optional.of(application));
        }
        when(applications.save(any())).thenAnswer(call -> call.getArgument(0));
        ActingUser supplier = new ActingUser("ronneby-supplier", RONNEBY, EnumSet.of(UserRole.SUPPLIER_STAFF));

        service.confirm(CASE_OFFICER, new ApplicationChange(matched.id(), matched.version(), null));
        service.cancel(CASE_OFFICER, new ApplicationChange(received.id(), received.version(), "moved away"));
        service.reject(supplier, new ApplicationChange(toReject.id(), toReject.version(), "too young"));

        assertThat(logged).hasSize(3);
        assertRead(logged.get(0), CASE_OFFICER, matched.participantIds().get(0), ApplicationService.CONFIRM);
        assertRead(logged.get(1), CASE_OFFICER, received.participantIds().get(0), ApplicationService.CANCEL);
        assertRead(logged.get(2), supplier, toReject.participantIds().get(0), ApplicationService.REJECT);
    }

    @Test
    void theParticipantsExportListsTheReadsOfTheApplicationsTheyAreIn() {
        Application application = applicationOf(OLOFSTROM, 1);
        ParticipantId amina = application.participantIds().get(0);
        when(applications.findById(application.id())).thenReturn(Optional.of(application));
        ActingUser supplier = new ActingUser("ronneby-supplier", RONNEBY, EnumSet.of(UserRole.SUPPLIER_STAFF));
        Participants stored = org.mockito.Mockito.mock(Participants.class);
        when(stored.findById(amina)).thenReturn(Optional.of(Participant.reconstitute(amina, OLOFSTROM,
                new ParticipantDetails(new ParticipantName("Amina Yusuf"), null, new PreferredLanguage("ar"), null),
                NOW, null, null, 1)));
        ParticipantService participantService = new ParticipantService(stored, audit, outbox, transactions,
                Clock.fixed(NOW, ZoneOffset.UTC), new ParticipantReadPolicy((user, participant) -> false),
                ParticipantService.DEFAULT_RETENTION, participant -> { }, participant -> List.of());

        service.get(CASE_OFFICER, application.id());
        service.get(supplier, application.id());
        ParticipantExport export = participantService.export(CASE_OFFICER, amina);

        assertThat(export.accesses()).extracting(line -> line.userId() + " " + line.useCase() + " "
                + line.outcome()).containsExactly(
                        "case-officer get-application GRANTED",
                        "ronneby-supplier get-application GRANTED",
                        "case-officer export-participant GRANTED");
    }
}

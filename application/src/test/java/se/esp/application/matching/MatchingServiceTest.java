package se.esp.application.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import se.esp.application.port.out.Applications;
import se.esp.application.port.out.Deliveries;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.MatchingRuns;
import se.esp.application.port.out.OfferingRequirements;
import se.esp.application.port.out.Offerings;
import se.esp.application.port.out.OpenDeliveries;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Resources;
import se.esp.application.port.out.Transactions;
import se.esp.application.port.out.WaitingDemand;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.application.Answers;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationParticipant;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.matching.MatchingResult;
import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.matching.WaitReason;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.Population;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.ComponentKind;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.ResourceRequirement;
import se.esp.domain.packaging.Setting;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.resource.Availability;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.ResourceStatus;
import se.esp.domain.resource.ResourceStatusChanged;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

@ExtendWith(MockitoExtension.class)
class MatchingServiceTest {

    private static final Instant NOW = Instant.parse("2027-06-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2027-06-01");
    private static final CompetenceCode STUDY_GUIDANCE = new CompetenceCode("study-guidance");
    private static final LanguageCode ARABIC = new LanguageCode("ar");
    private static final OrganisationId MALMO = OrganisationId.newId();
    private static final OrganisationId RONNEBY = OrganisationId.newId();
    /** Four sessions of 60 minutes, one a week, one study-guidance hour each, 6 500.00 a participant. */
    private static final PackagingContent CONTENT = new PackagingContent(
            LocalisedText.svEn("Studievägledning online", "Study guidance online"), null, null, null, null,
            DeliveryMode.DIGITAL, Set.of(ARABIC), List.of(new Component(ComponentKind.GROUP_SESSION, 4, 60,
            Setting.ONLINE, new ResourceRequirement(STUDY_GUIDANCE, BigDecimal.ONE))), new GroupSize(1, 8), null,
            null, null, null, Money.parse("6500.00"), null, CostSplitRule.PER_PARTICIPANT);
    private static final Offering OFFERING = Offering.launch(OfferingId.newId(), PackagingId.newId(), RONNEBY,
            OfferingVersionId.newId(), 1, CONTENT, NOW).offering();
    private static final OfferingRequirement GUIDANCE = OFFERING.current().matchingRequirement().orElseThrow();

    @Mock
    private WaitingDemand demand;
    @Mock
    private Applications applications;
    @Mock
    private Resources resources;
    @Mock
    private Organisations organisations;
    @Mock
    private OfferingRequirements requirements;
    @Mock
    private Offerings offerings;
    @Mock
    private OpenDeliveries openDeliveries;
    @Mock
    private Deliveries deliveries;
    @Mock
    private MatchingRuns runs;
    @Mock
    private EventOutbox outbox;

    private MatchingService service;

    @BeforeEach
    void setUp() {
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        service = new MatchingService(demand, applications, resources, organisations, requirements, offerings,
                openDeliveries, deliveries, runs, outbox, direct, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Resource verifiedResource(String name, String expiresOn) {
        Resource resource = Resource.register(ResourceId.newId(), name, new ResourceProfile(name, Set.of(ARABIC),
                        MALMO, Money.ofKronor(450), new Availability(List.of(WeeklySlot.of(DayOfWeek.MONDAY, "09:00",
                        "12:00")), 5)),
                List.of(new CompetenceDeclaration(STUDY_GUIDANCE, "Degree", LocalDate.parse(expiresOn))),
                NOW.minusSeconds(86_400 * 100L), TODAY.minusDays(100)).resource();
        resource.verifyCompetence(STUDY_GUIDANCE, "coordinator", null, NOW, TODAY.minusDays(100));
        return resource;
    }

    private static Application received(OrganisationId consumer, OfferingVersionId version) {
        return Application.submit(ApplicationId.newId(), consumer, "case-officer", null, OFFERING.id(), version,
                RONNEBY, List.of(new ApplicationParticipant(ParticipantId.newId(), Set.of(), Answers.none()),
                        new ApplicationParticipant(ParticipantId.newId(), Set.of(), Answers.none())),
                ARABIC, TODAY, false, NOW).application();
    }

    private static Organisation malmo() {
        return Organisation.reconstitute(MALMO, OrganisationNumber.parse("212000-1124"), new OrganisationProfile(
                new OrganisationName("Malmö stad"), OrganisationKind.MUNICIPALITY, new Population(365_252), null),
                Set.of(), 1);
    }

    @Test
    void storesAPlacementOpeningADeliveryWithTheOfferingsTermsAndActivatesTheResource() {
        Application application = received(OrganisationId.newId(), OFFERING.current().id());
        Resource expired = verifiedResource("Expired today", "2027-06-01");
        Resource valid = verifiedResource("Valid", "2028-01-01");
        when(demand.waiting()).thenReturn(List.of(application.asWaiting()));
        when(openDeliveries.current()).thenReturn(List.of());
        when(requirements.onOffer(any())).thenReturn(List.of(GUIDANCE));
        when(resources.matchable()).thenReturn(List.of(expired, valid));
        when(resources.findById(valid.id())).thenReturn(Optional.of(valid));
        when(organisations.findById(MALMO)).thenReturn(Optional.of(malmo()));
        when(offerings.findByVersion(OFFERING.current().id())).thenReturn(Optional.of(OFFERING));
        storedIn(application);
        when(runs.lockAndFindPending()).thenReturn(OptionalLong.of(7));

        MatchingResult result = service.run(ActingUser.system("matching"));

        assertThat(result.placementOf(application.asWaiting().id()).orElseThrow().explanation())
                .contains("Valid (employed by Malmö stad)");
        assertThat(application.status()).isEqualTo(ApplicationStatus.MATCHED);
        assertThat(application.explanation().orElseThrow()).contains("Opened a new Arabic delivery");
        ArgumentCaptor<Delivery> stored = ArgumentCaptor.forClass(Delivery.class);
        verify(deliveries).save(stored.capture());
        assertThat(stored.getValue()).satisfies(d -> {
            assertThat(d.id()).isEqualTo(application.delivery().orElseThrow());
            assertThat(d.supplier()).isEqualTo(RONNEBY);
            assertThat(d.resource().resource()).isEqualTo(valid.id());
            assertThat(d.resource().employer()).isEqualTo(MALMO);
            assertThat(d.resource().hours()).isEqualByComparingTo("4");
            assertThat(d.price()).isEqualTo(Money.parse("13000.00"));
            assertThat(d.seats()).hasSize(2);
        });
        assertThat(valid.status()).isEqualTo(ResourceStatus.ACTIVE);
        verify(resources).save(valid);
        verify(applications).saveDecisions(List.of(application));
        verify(applications, never()).save(any());
        verify(runs).served(7, NOW);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<DomainEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(outbox, times(2)).appendAll(events.capture());
        assertThat(events.getAllValues().get(1)).anySatisfy(e -> assertThat(e).isInstanceOf(
                ResourceStatusChanged.class));
    }

    @Test
    void anApplicationForAVersionNoLongerOnOfferWaitsWithThatReasonAndAnUnchangedWaitStoresNothing() {
        Application application = received(OrganisationId.newId(), OfferingVersionId.newId());
        when(demand.waiting()).thenReturn(List.of(application.asWaiting()));
        when(openDeliveries.current()).thenReturn(List.of());
        when(requirements.onOffer(any())).thenReturn(List.of());
        when(resources.matchable()).thenReturn(List.of());
        storedIn(application);
        when(applications.waitStates(any())).thenAnswer(call -> java.util.Map.of(application.id(),
                new Applications.WaitState(application.status(), application.waitReason().orElse(null),
                        application.explanation().orElse(null))));
        when(runs.lockAndFindPending()).thenReturn(OptionalLong.empty());

        MatchingResult result = service.run(ActingUser.system("matching"));
        service.run(ActingUser.system("matching"));

        assertThat(result.waitlistEntryOf(application.asWaiting().id()).orElseThrow().reason())
                .isEqualTo(WaitReason.OFFERING_NOT_ON_OFFER);
        assertThat(application.status()).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(application.waitReason()).hasValue("OFFERING_NOT_ON_OFFER");
        verify(applications, times(1)).saveDecisions(List.of(application));
        verify(applications).saveDecisions(List.of());
        verify(applications, never()).save(any());
        verify(runs, never()).served(org.mockito.ArgumentMatchers.anyLong(), any());
    }

    /** The application as storage reads it for a decision, among whatever ids a run asks for. */
    private void storedIn(Application application) {
        when(applications.findAllById(any())).thenAnswer(call -> ((java.util.Collection<?>) call.getArgument(0))
                .contains(application.id()) ? List.of(application) : List.of());
    }

    @Test
    void aPassOverAQueueComparesWithTheDecisionsReadWithItsWaitingAndStoresOnlyWhatDiffers() {
        Application application = received(OrganisationId.newId(), OfferingVersionId.newId());
        se.esp.domain.matching.MatchingQueue queue = se.esp.domain.matching.MatchingQueue.of(application.asWaiting());
        when(runs.lockAndFindPendingRequests()).thenReturn(java.util.Optional.of(
                new se.esp.application.port.out.MatchingRuns.Pending(3, false, Set.of(queue))));
        when(requirements.onOffer(any())).thenReturn(List.of());
        storedIn(application);
        when(demand.waitingAndDecidedIn(Set.of(queue))).thenAnswer(call -> new WaitingDemand.Queues(
                List.of(application.asWaiting()), java.util.Map.of(application.id(), new Applications.WaitState(
                        application.status(), application.waitReason().orElse(null),
                        application.explanation().orElse(null)))));

        service.runRequested(); // stored RECEIVED: the wait is new
        service.runRequested(); // stored as decided: nothing differs

        assertThat(application.status()).isEqualTo(ApplicationStatus.WAITLISTED);
        verify(applications, times(1)).saveDecisions(List.of(application));
        verify(applications).saveDecisions(List.of());
        verify(applications, never()).waitStates(any());
        verify(runs, times(2)).served(3, NOW);
    }

    @Test
    void automaticRunsServeOnlyPendingRequestsAndAFailureLeavesThemPending() {
        when(runs.lockAndFindPendingRequests()).thenReturn(java.util.Optional.empty());
        service.runRequested();
        verifyNoInteractions(demand, applications);

        when(runs.lockAndFindPendingRequests()).thenReturn(java.util.Optional.of(
                new se.esp.application.port.out.MatchingRuns.Pending(3, true, java.util.Set.of())));
        when(demand.waiting()).thenThrow(new IllegalStateException("database gone"));
        service.runRequested();
        verify(runs, never()).served(org.mockito.ArgumentMatchers.anyLong(), any());

        service.requestWithin("resource verified");
        verify(runs).request(anyString(), org.mockito.ArgumentMatchers.eq(NOW));
    }

    @Test
    void theFirstDailyRequestOfTheDayRecordsARequestAndLaterOnesNothing() {
        when(runs.claimDailyRun(TODAY)).thenReturn(true, false);
        ActingUser sweep = ActingUser.system("matching-sweep");

        assertThat(service.requestDailyRun(sweep)).isTrue();
        verify(runs, times(1)).request(org.mockito.ArgumentMatchers.contains(TODAY.toString()),
                org.mockito.ArgumentMatchers.eq(NOW));

        assertThat(service.requestDailyRun(sweep)).isFalse();
        verify(runs, times(1)).request(anyString(), any());
        // requesting is all it does: the run itself is the sweep's runRequested
        verifyNoInteractions(demand, applications, resources);
    }

    @Test
    void onlyPlatformAdministratorsRequestTheDailyRun() {
        ActingUser coordinator = new ActingUser("coordinator", null, EnumSet.of(UserRole.COORDINATOR));

        assertThatThrownBy(() -> service.requestDailyRun(coordinator)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(runs);
    }

    @Test
    void onlyAdministratorsAndCoordinatorsRunMatching() {
        ActingUser consumer = new ActingUser("case-officer", OrganisationId.newId(), EnumSet.of(UserRole.CONSUMER_STAFF));

        assertThatThrownBy(() -> service.run(consumer)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(demand, resources, requirements, openDeliveries, runs);
    }

    @Test
    void callersArrivingWhileARunWorksShareTheNextRunInsteadOfEachTakingTheLock() throws Exception {
        java.util.concurrent.CountDownLatch inFirstRun = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger runsTaken = new java.util.concurrent.atomic.AtomicInteger();
        when(runs.lockAndFindPendingRequests()).thenAnswer(call -> {
            if (runsTaken.incrementAndGet() == 1) {
                inFirstRun.countDown();
                release.await();
            }
            return java.util.Optional.empty();
        });
        Thread first = new Thread(service::runRequested);
        first.start();
        assertThat(inFirstRun.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        List<Thread> later = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Thread caller = new Thread(service::runRequested);
            later.add(caller);
            caller.start();
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (service.waitingCallers() < 5 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(service.waitingCallers()).as("the five wait for the run that works").isEqualTo(5);

        release.countDown();
        first.join(30_000);
        for (Thread caller : later) {
            caller.join(30_000);
            assertThat(caller.isAlive()).isFalse();
        }

        assertThat(runsTaken.get()).as("the first run, then one run for the five that arrived during it")
                .isEqualTo(2);
    }
}

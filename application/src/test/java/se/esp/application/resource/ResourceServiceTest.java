package se.esp.application.resource;

import static org.mockito.ArgumentMatchers.eq;

import se.esp.application.port.in.resource.ResourceFilter;

import se.esp.application.paging.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
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
import se.esp.application.port.in.resource.ChangeResourceProfileCommand;
import se.esp.application.port.in.resource.ChangeResourceStatusCommand;
import se.esp.application.port.in.resource.DecideCompetenceCommand;
import se.esp.application.port.in.resource.RegisterResourceCommand;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Resources;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.Population;
import se.esp.domain.resource.Availability;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.CompetenceVerified;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.ResourceRegistered;
import se.esp.domain.resource.ResourceStatus;
import se.esp.domain.resource.ResourceStatusChanged;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;

@ExtendWith(MockitoExtension.class)
class ResourceServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final OrganisationId MALMO = OrganisationId.newId();
    private static final OrganisationId RONNEBY = OrganisationId.newId();
    private static final CompetenceCode STUDY_GUIDANCE = new CompetenceCode("study-guidance");
    private static final ActingUser AMINA = new ActingUser("amina", MALMO, EnumSet.of(UserRole.RESOURCE_PERSON));
    private static final ActingUser ADMIN = new ActingUser("admin", null, EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    private static final ActingUser RONNEBY_COORDINATOR = new ActingUser("coordinator-ronneby", RONNEBY,
            EnumSet.of(UserRole.COORDINATOR));
    private static final ActingUser MALMO_COORDINATOR = new ActingUser("coordinator-malmo", MALMO,
            EnumSet.of(UserRole.COORDINATOR));

    @Mock
    private Resources resources;
    @Mock
    private EventOutbox outbox;
    @Mock
    private Organisations organisations;
    @Mock
    private MatchingTrigger matching;

    private ResourceService service;

    @BeforeEach
    void setUp() {
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        service = new ResourceService(resources, organisations, outbox, direct, Clock.fixed(NOW, ZoneOffset.UTC),
                matching);
    }

    private static ResourceProfile profile() {
        return profileEmployedBy(MALMO);
    }

    /** {@code null}: independent. */
    private static ResourceProfile profileEmployedBy(OrganisationId employer) {
        return new ResourceProfile("Amina Haddad", Set.of(new LanguageCode("ar")), employer, Money.ofKronor(450),
                new Availability(List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "10:00", "12:00")), 2));
    }

    private static Resource stored(long version) {
        Resource resource = Resource.register(ResourceId.newId(), "amina", profile(),
                List.of(new CompetenceDeclaration(STUDY_GUIDANCE, "Teacher's degree", LocalDate.parse("2028-01-01"))),
                NOW, LocalDate.parse("2026-11-23")).resource();
        return Resource.reconstitute(resource.id(), resource.personUserId(), resource.profile(),
                resource.competences(), resource.status(), version);
    }

    private static Resource nextVersion(Resource resource) {
        return Resource.reconstitute(resource.id(), resource.personUserId(), resource.profile(),
                resource.competences(), resource.status(), resource.version() + 1);
    }

    @Test
    void theVerificationQueueShowsPendingCompetencesOfOtherOrganisationsOnly() {
        Resource malmoStaff = stored(1);
        when(resources.list(eq(ResourceFilter.all()), any()))
                .thenAnswer(call -> new Page<>(List.of(malmoStaff), call.getArgument(1), 1));

        assertThat(service.pending(RONNEBY_COORDINATOR)).singleElement()
                .satisfies(q -> assertThat(q.competence().code()).isEqualTo(STUDY_GUIDANCE));
        assertThat(service.pending(MALMO_COORDINATOR)).as("never one's own organisation's staff").isEmpty();
    }

    @Test
    void competencesExpiringWithinTheDaysAskedAreListedSoonestFirst() {
        Resource verified = Resource.register(ResourceId.newId(), "amina", profile(), List.of(
                        new CompetenceDeclaration(STUDY_GUIDANCE, "Teacher's degree", LocalDate.parse("2027-01-10")),
                        new CompetenceDeclaration(new CompetenceCode("counselling"), "Diploma",
                                LocalDate.parse("2027-03-01"))),
                NOW, LocalDate.parse("2026-11-23")).resource();
        verified.verifyCompetence(STUDY_GUIDANCE, "coordinator-ronneby", null, NOW, LocalDate.parse("2026-11-23"));
        verified.verifyCompetence(new CompetenceCode("counselling"), "coordinator-ronneby", null, NOW,
                LocalDate.parse("2026-11-23"));
        when(resources.list(eq(ResourceFilter.all()), any()))
                .thenAnswer(call -> new Page<>(List.of(verified), call.getArgument(1), 1));

        assertThat(service.expiringWithin(RONNEBY_COORDINATOR, 60)).extracting(q -> q.competence().code())
                .containsExactly(STUDY_GUIDANCE);
        assertThatThrownBy(() -> service.expiringWithin(RONNEBY_COORDINATOR, 0))
                .isInstanceOf(se.esp.domain.shared.ValidationException.class);
    }

    @Test
    void onlyCoordinatorsHaveAVerificationQueue() {
        assertThatThrownBy(() -> service.pending(AMINA)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(resources);
    }

    @Test
    void aResourcePersonRegistersThemselvesWithPendingCompetences() {
        when(resources.findByPersonUserId("amina")).thenReturn(Optional.empty());
        when(organisations.findById(MALMO)).thenReturn(Optional.of(malmo()));
        when(resources.save(any())).thenAnswer(call -> nextVersion(call.getArgument(0)));

        Resource registered = service.register(AMINA, new RegisterResourceCommand(null, profile(),
                List.of(new CompetenceDeclaration(STUDY_GUIDANCE, "Degree", LocalDate.parse("2028-01-01")))));

        assertThat(registered.personUserId()).isEqualTo("amina");
        assertThat(registered.status()).isEqualTo(ResourceStatus.APPLIED);
        assertThat(registered.version()).isEqualTo(1);
        ArgumentCaptor<DomainEvent> event = ArgumentCaptor.forClass(DomainEvent.class);
        verify(outbox).append(event.capture());
        assertThat(event.getValue()).isInstanceOf(ResourceRegistered.class);
    }

    @Test
    void anUnknownEmployerIsRefusedByField() {
        when(resources.findByPersonUserId("amina")).thenReturn(Optional.empty());
        when(organisations.findById(MALMO)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.register(AMINA, new RegisterResourceCommand(null, profile(), List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.code()).containsExactly("employerId:UNKNOWN_VALUE"));
        verify(resources, never()).save(any());
        verifyNoInteractions(outbox);
    }

    private static Organisation malmo() {
        return Organisation.reconstitute(MALMO, OrganisationNumber.parse("212000-1124"),
                new OrganisationProfile(new OrganisationName("Malmö stad"), OrganisationKind.MUNICIPALITY,
                        new Population(365_252), null), Set.of(OrganisationRole.SUPPLIER), 1);
    }

    @Test
    void aPersonHasOneResourceProfile() {
        when(resources.findByPersonUserId("amina")).thenReturn(Optional.of(stored(1)));

        assertThatThrownBy(() -> service.register(AMINA, new RegisterResourceCommand(null, profile(), List.of())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_ALREADY_REGISTERED));
        verify(resources, never()).save(any());
    }

    @Test
    void anAdministratorNamesThePersonAndAResourcePersonOnlyThemself() {
        assertThatThrownBy(() -> service.register(ADMIN, new RegisterResourceCommand(null, profile(), List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.code()).containsExactly("personUserId:REQUIRED"));
        assertThatThrownBy(() -> service.register(AMINA, new RegisterResourceCommand("somebody-else", profile(),
                List.of()))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThatThrownBy(() -> service.register(RONNEBY_COORDINATOR, new RegisterResourceCommand(null, profile(),
                List.of()))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(resources, outbox);
    }

    @Test
    void aCoordinatorOfAnotherOrganisationVerifiesAndBothEventsAreRecorded() {
        Resource resource = stored(1);
        when(resources.findById(resource.id())).thenReturn(Optional.of(resource));
        when(resources.save(any())).thenAnswer(call -> nextVersion(call.getArgument(0)));

        Resource verified = service.verifyCompetence(RONNEBY_COORDINATOR,
                new DecideCompetenceCommand(resource.id(), 1, STUDY_GUIDANCE, null));

        assertThat(verified.status()).isEqualTo(ResourceStatus.VERIFIED);
        assertThat(verified.version()).isEqualTo(2);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<DomainEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(outbox).appendAll(events.capture());
        assertThat(events.getValue()).hasSize(2);
        assertThat(events.getValue().get(0)).isInstanceOfSatisfying(CompetenceVerified.class,
                e -> assertThat(e.coordinator()).isEqualTo("coordinator-ronneby"));
        assertThat(events.getValue().get(1)).isInstanceOf(ResourceStatusChanged.class);
        // new supply: matching is requested inside the change's transaction and run after it
        var order = org.mockito.Mockito.inOrder(matching);
        order.verify(matching).requestWithin(org.mockito.ArgumentMatchers.contains(resource.id().toString()));
        order.verify(matching).runRequested();
    }

    @Test
    void aCoordinatorOfTheResourcesOwnEmployerIsRefusedAndNothingIsStored() {
        Resource resource = stored(1);
        when(resources.findById(resource.id())).thenReturn(Optional.of(resource));

        assertThatThrownBy(() -> service.verifyCompetence(MALMO_COORDINATOR,
                new DecideCompetenceCommand(resource.id(), 1, STUDY_GUIDANCE, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.REVIEW_OF_OWN_ORGANISATION));
        assertThatThrownBy(() -> service.rejectCompetence(MALMO_COORDINATOR,
                new DecideCompetenceCommand(resource.id(), 1, STUDY_GUIDANCE, "no")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.REVIEW_OF_OWN_ORGANISATION));
        verify(resources, never()).save(any());
        verifyNoInteractions(outbox);
    }

    @Test
    void onlyCoordinatorsVerifyNotEvenAdministrators() {
        assertThatThrownBy(() -> service.verifyCompetence(ADMIN,
                new DecideCompetenceCommand(ResourceId.newId(), 1, STUDY_GUIDANCE, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(resources);
    }

    @Test
    void aDecisionOnAnOutdatedVersionIsRefused() {
        Resource resource = stored(3);
        when(resources.findById(resource.id())).thenReturn(Optional.of(resource));

        assertThatThrownBy(() -> service.verifyCompetence(RONNEBY_COORDINATOR,
                new DecideCompetenceCommand(resource.id(), 2, STUDY_GUIDANCE, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        verify(resources, never()).save(any());
    }

    @Test
    void anotherResourcePersonCannotChangeTheProfileNorLearnThatItExists() {
        Resource resource = stored(1);
        when(resources.findById(resource.id())).thenReturn(Optional.of(resource));
        ActingUser other = new ActingUser("other", null, EnumSet.of(UserRole.RESOURCE_PERSON));

        assertThatThrownBy(() -> service.changeProfile(other,
                new ChangeResourceProfileCommand(resource.id(), 1, profileEmployedBy(null))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND));
        assertThatThrownBy(() -> service.get(other, resource.id()))
                .as("the same answer as reading it").isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND));
        verify(resources, never()).save(any());
    }

    @Test
    void aResourcePersonNamesAsEmployerOnlyTheOrganisationTheyActForOrNone() {
        ResourceProfile employedByRonneby = profileEmployedBy(RONNEBY);

        assertThatThrownBy(() -> service.register(AMINA, new RegisterResourceCommand(null, employedByRonneby,
                List.of()))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        Resource own = stored(1);
        assertThatThrownBy(() -> service.changeProfile(AMINA,
                new ChangeResourceProfileCommand(own.id(), 1, employedByRonneby)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(resources, organisations, outbox);

        when(resources.findByPersonUserId("amina")).thenReturn(Optional.empty());
        when(resources.save(any())).thenAnswer(call -> nextVersion(call.getArgument(0)));
        assertThat(service.register(AMINA, new RegisterResourceCommand(null, profileEmployedBy(null),
                List.of())).profile().employerIfAny()).as("independent").isEmpty();
        when(resources.findByPersonUserId("tesfay")).thenReturn(Optional.empty());
        when(organisations.findById(RONNEBY)).thenReturn(Optional.of(malmo()));
        assertThat(service.register(ADMIN, new RegisterResourceCommand("tesfay", employedByRonneby, List.of()))
                .profile().employerIfAny()).as("an administrator registers for any organisation").contains(RONNEBY);
    }

    @Test
    void aProfileChangeThatChangesNothingStoresNothing() {
        Resource resource = stored(1);
        when(resources.findById(resource.id())).thenReturn(Optional.of(resource));

        Resource same = service.changeProfile(AMINA, new ChangeResourceProfileCommand(resource.id(), 1, profile()));

        assertThat(same.version()).isEqualTo(1);
        verify(resources, never()).save(any());
        verifyNoInteractions(outbox);
    }

    @Test
    void anAdministratorSuspendsEvenAResourceOfTheirOwnOrganisation() {
        Resource resource = stored(1);
        when(resources.findById(resource.id())).thenReturn(Optional.of(resource));
        when(resources.save(any())).thenAnswer(call -> nextVersion(call.getArgument(0)));
        ActingUser malmoAdmin = new ActingUser("malmo-admin", MALMO, EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));

        Resource suspended = service.suspend(malmoAdmin,
                new ChangeResourceStatusCommand(resource.id(), 1, "complaint"));

        assertThat(suspended.status()).isEqualTo(ResourceStatus.SUSPENDED);
    }

    @Test
    void outsidersDoNotSeeAResourceAtAll() {
        Resource resource = stored(1);
        when(resources.findById(resource.id())).thenReturn(Optional.of(resource));
        ActingUser ronnebyStaff = new ActingUser("case-officer", RONNEBY, EnumSet.of(UserRole.CONSUMER_STAFF));
        ActingUser malmoStaff = new ActingUser("colleague", MALMO, EnumSet.of(UserRole.SUPPLIER_STAFF));

        assertThatThrownBy(() -> service.get(ronnebyStaff, resource.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND));
        assertThat(service.get(malmoStaff, resource.id())).isSameAs(resource);
        assertThat(service.get(AMINA, resource.id())).isSameAs(resource);
    }

    @Test
    void aResourcePersonFindsTheirOwnResourceByWhoTheyAreAndNothingBeforeRegistering() {
        Resource resource = stored(1);
        when(resources.findByPersonUserId("amina")).thenReturn(Optional.of(resource));
        when(resources.findByPersonUserId("newcomer")).thenReturn(Optional.empty());
        ActingUser newcomer = new ActingUser("newcomer", MALMO, EnumSet.of(UserRole.RESOURCE_PERSON));

        assertThat(service.own(AMINA)).containsSame(resource);
        assertThat(service.own(newcomer)).isEmpty();
    }

    @Test
    void onlyResourcePersonsHaveAnOwnResource() {
        for (ActingUser other : List.of(ADMIN, RONNEBY_COORDINATOR,
                new ActingUser("amina", MALMO, EnumSet.of(UserRole.SUPPLIER_STAFF)))) {
            assertThatThrownBy(() -> service.own(other)).as(other.userId())
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        }
        verifyNoInteractions(resources);
    }
}

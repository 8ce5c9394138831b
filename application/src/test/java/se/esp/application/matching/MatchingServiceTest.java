package se.esp.application.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
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
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import se.esp.application.port.out.OfferingRequirements;
import se.esp.application.port.out.OpenDeliveries;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Resources;
import se.esp.application.port.out.Transactions;
import se.esp.application.port.out.WaitingDemand;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.matching.ApplicationRef;
import se.esp.domain.matching.MatchingResult;
import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.matching.OfferingVersionRef;
import se.esp.domain.matching.SessionPlan;
import se.esp.domain.matching.WaitReason;
import se.esp.domain.matching.WaitingApplication;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.Population;
import se.esp.domain.resource.Availability;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

@ExtendWith(MockitoExtension.class)
class MatchingServiceTest {

    private static final Instant NOW = Instant.parse("2027-06-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2027-06-01");
    private static final CompetenceCode STUDY_GUIDANCE = new CompetenceCode("study-guidance");
    private static final LanguageCode ARABIC = new LanguageCode("ar");
    private static final OrganisationId MALMO = OrganisationId.newId();
    private static final OfferingRequirement GUIDANCE = new OfferingRequirement(new OfferingVersionRef(UUID.randomUUID()),
            "Study guidance online", Set.of(STUDY_GUIDANCE), Set.of(ARABIC), new SessionPlan(1, 60, 4),
            new GroupSize(1, 8));

    @Mock
    private WaitingDemand demand;
    @Mock
    private Resources resources;
    @Mock
    private Organisations organisations;
    @Mock
    private OfferingRequirements requirements;
    @Mock
    private OpenDeliveries deliveries;

    private MatchingService service;

    @BeforeEach
    void setUp() {
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        service = new MatchingService(demand, resources, organisations, requirements, deliveries, direct,
                Clock.fixed(NOW, ZoneOffset.UTC));
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

    private static WaitingApplication waiting() {
        return new WaitingApplication(new ApplicationRef(UUID.randomUUID()), GUIDANCE.offeringVersion(),
                OrganisationId.newId(), 2, ARABIC, TODAY, false, NOW);
    }

    @Test
    void matchesTodaysDemandWithTheResourcesWhoseCompetencesCountTodayNamingTheirEmployer() {
        WaitingApplication application = waiting();
        Resource expired = verifiedResource("Expired today", "2027-06-01");
        Resource valid = verifiedResource("Valid", "2028-01-01");
        when(demand.waiting()).thenReturn(List.of(application));
        when(deliveries.current()).thenReturn(List.of());
        when(requirements.onOffer(any())).thenReturn(List.of(GUIDANCE));
        when(resources.matchable()).thenReturn(List.of(expired, valid));
        when(organisations.findById(MALMO)).thenReturn(Optional.of(Organisation.reconstitute(MALMO,
                OrganisationNumber.parse("212000-1124"), new OrganisationProfile(new OrganisationName("Malmö stad"),
                        OrganisationKind.MUNICIPALITY, new Population(365_252), null), Set.of(), 1)));

        MatchingResult result = service.run(ActingUser.system("matching"));

        assertThat(result.placementOf(application.id()).orElseThrow()).satisfies(p -> {
            assertThat(p.resource()).isEqualTo(valid.id());
            assertThat(p.explanation()).contains("Valid (employed by Malmö stad)");
        });
    }

    @Test
    void anApplicationForAVersionNoLongerOnOfferWaitsWithThatReason() {
        WaitingApplication application = waiting();
        when(demand.waiting()).thenReturn(List.of(application));
        when(deliveries.current()).thenReturn(List.of());
        when(requirements.onOffer(any())).thenReturn(List.of());
        when(resources.matchable()).thenReturn(List.of());

        MatchingResult result = service.run(ActingUser.system("matching"));

        assertThat(result.waitlistEntryOf(application.id()).orElseThrow().reason())
                .isEqualTo(WaitReason.OFFERING_NOT_ON_OFFER);
    }

    @Test
    void onlyAdministratorsAndCoordinatorsRunMatching() {
        ActingUser consumer = new ActingUser("case-officer", OrganisationId.newId(), EnumSet.of(UserRole.CONSUMER_STAFF));

        assertThatThrownBy(() -> service.run(consumer)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(demand, resources, requirements, deliveries);
    }
}

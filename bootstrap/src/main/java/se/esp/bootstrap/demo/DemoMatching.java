package se.esp.bootstrap.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.application.ApplicantEntry;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.application.port.in.application.SubmitApplicationUseCase;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.SearchCatalogueQuery;
import se.esp.application.port.in.organisation.ListOrganisationsQuery;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.resource.DecideCompetenceCommand;
import se.esp.application.port.in.resource.ListResourcesQuery;
import se.esp.application.port.in.resource.RegisterResourceCommand;
import se.esp.application.port.in.resource.RegisterResourceUseCase;
import se.esp.application.port.in.resource.ResourceFilter;
import se.esp.application.port.in.resource.VerifyCompetenceUseCase;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.application.RawAnswer;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PersonalIdentityNumber;
import se.esp.domain.participant.PreferredLanguage;
import se.esp.domain.resource.Availability;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/**
 * Demo matching, through the use cases: two verified study guides in the pool (one employed by Malmö stad speaking
 * Arabic, one by Ronneby kommun speaking Somali and Arabic, a coordinator of the owner verifying them), and
 * applications from demo municipalities to Ronneby's study guidance — Olofström's and Borlänge's two participants
 * each to the Arabic one, which matching puts in one co-delivery led by the Malmö study guide, and one participant of
 * Malmö to the Somali one, which waits for more participants with its reason. Matching runs by itself as they arrive.
 * Everything is fictitious: the people, their identity numbers (valid check digits, made up) and the resources'
 * user ids, which are not demo sign-in users. Loading again changes nothing: a resource whose person already has
 * one is skipped, and each application has an idempotency key.
 */
public final class DemoMatching {

    /** The use cases the loader goes through. */
    public record UseCases(ListOrganisationsQuery organisations, RegisterResourceUseCase registerResource,
                           ListResourcesQuery listResources, VerifyCompetenceUseCase verify,
                           SearchCatalogueQuery catalogue, SubmitApplicationUseCase applications) {
    }

    /** What was made now. */
    public record Loaded(int resources, int applications) {
    }

    static final CompetenceCode STUDY_GUIDANCE = new CompetenceCode("study-guidance");
    private static final ActingUser ADMINISTRATOR = ActingUser.system("demo-data");

    private record DemoResource(String person, String name, String employer, String rate, List<String> languages) {
    }

    private record DemoApplication(String key, String consumer, String offeringTitle, String language,
                                   List<String> identityNumbers) {
    }

    private static final List<DemoResource> RESOURCES = List.of(
            new DemoResource("demo-pool:amina-haddad", "Amina Haddad", "212000-1124", "450.00", List.of("ar", "sv")),
            new DemoResource("demo-pool:hodan-warsame", "Hodan Warsame", "212000-0837", "520.00",
                    List.of("so", "ar", "sv")));

    private static final List<DemoApplication> APPLICATIONS = List.of(
            new DemoApplication("demo-olofstrom-arabic-1", "212000-0811", "Studievägledning online på arabiska", "ar",
                    List.of("19940312-0109", "19970805-0100")),
            new DemoApplication("demo-borlange-arabic-1", "212000-2239", "Studievägledning online på arabiska", "ar",
                    List.of("19881121-0106", "20010214-0100")),
            new DemoApplication("demo-malmo-somali-1", "212000-1124", "Studievägledning online på somaliska", "so",
                    List.of("19920630-0106")));

    private DemoMatching() {
    }

    public static Loaded load(UseCases useCases, Clock clock) {
        Map<OrganisationNumber, Organisation> byNumber = new LinkedHashMap<>();
        useCases.organisations().list(ADMINISTRATOR, OrganisationFilter.all(),
                new PageRequest(0, PageRequest.MAX_SIZE)).items().forEach(o -> byNumber.put(o.number(), o));
        Optional<Organisation> owner = byNumber.values().stream().filter(o -> o.kind() == OrganisationKind.OWNER)
                .findFirst();
        if (owner.isEmpty()) {
            return new Loaded(0, 0);
        }
        ActingUser coordinator = new ActingUser("demo-coordinator", owner.get().id(),
                EnumSet.of(UserRole.COORDINATOR));
        int resources = 0;
        for (DemoResource demo : RESOURCES) {
            Organisation employer = byNumber.get(OrganisationNumber.parse(demo.employer()));
            if (employer != null && !registered(useCases, demo.person())) {
                register(useCases, coordinator, demo, employer, LocalDate.now(clock));
                resources++;
            }
        }
        int applications = 0;
        for (DemoApplication demo : APPLICATIONS) {
            Organisation consumer = byNumber.get(OrganisationNumber.parse(demo.consumer()));
            Optional<OfferingVersionId> version = offering(useCases, demo.offeringTitle());
            if (consumer != null && version.isPresent() && apply(useCases, consumer, version.get(), demo, clock)) {
                applications++;
            }
        }
        return new Loaded(resources, applications);
    }

    private static boolean registered(UseCases useCases, String person) {
        return useCases.listResources().list(ADMINISTRATOR, ResourceFilter.all(), new PageRequest(0, PageRequest.MAX_SIZE))
                .items().stream().anyMatch(r -> r.personUserId().equals(person));
    }

    /** Registered with one study-guidance competence valid two years, then verified by the owner's coordinator. */
    private static void register(UseCases useCases, ActingUser coordinator, DemoResource demo, Organisation employer,
                                 LocalDate today) {
        List<WeeklySlot> slots = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            slots.add(new WeeklySlot(day, LocalTime.of(9, 0), LocalTime.of(16, 0)));
        }
        ResourceProfile profile = new ResourceProfile(demo.name(),
                Set.copyOf(demo.languages().stream().map(LanguageCode::of).toList()), employer.id(),
                Money.parse(demo.rate()), new Availability(slots, 10));
        Resource resource = useCases.registerResource().register(ADMINISTRATOR, new RegisterResourceCommand(
                demo.person(), profile, List.of(new CompetenceDeclaration(STUDY_GUIDANCE,
                "Studie- och yrkesvägledarexamen (demo)", today.plusYears(2)))));
        useCases.verify().verifyCompetence(coordinator, new DecideCompetenceCommand(resource.id(), resource.version(),
                STUDY_GUIDANCE, "Examen styrkt (demo)"));
    }

    private static Optional<OfferingVersionId> offering(UseCases useCases, String swedishTitle) {
        return useCases.catalogue().search(ADMINISTRATOR, CatalogueQuery.builder().text(swedishTitle)
                        .page(0, 20).build()).hits().items().stream()
                .filter(e -> e.titles().in(LanguageCode.SWEDISH).orElse("").equals(swedishTitle))
                .map(CatalogueEntry::versionId).findFirst();
    }

    /** @return whether the application was made now (false: it was made on an earlier start) */
    private static boolean apply(UseCases useCases, Organisation consumer, OfferingVersionId version,
                                 DemoApplication demo, Clock clock) {
        ActingUser caseOfficer = new ActingUser("demo-case-officer-" + consumer.number().value(), consumer.id(),
                EnumSet.of(UserRole.CONSUMER_STAFF));
        List<ApplicantEntry> participants = new ArrayList<>();
        int n = 1;
        for (String number : demo.identityNumbers()) {
            participants.add(new ApplicantEntry(new ParticipantDetails(new ParticipantName("Demodeltagare "
                    + demo.consumer().substring(7) + "-" + n++), PersonalIdentityNumber.parse(number),
                    new PreferredLanguage(demo.language()), null), Set.of(TargetGroup.NEWLY_ARRIVED),
                    Map.of("previousEducation", RawAnswer.text("Gymnasieskola i hemlandet"),
                            "goal", RawAnswer.text("studies"))));
        }
        try {
            return useCases.applications().submit(caseOfficer, new SubmitApplicationCommand(version,
                    LanguageCode.of(demo.language()), LocalDate.now(clock).plusWeeks(2), false, participants,
                    new IdempotencyKey(demo.key()))).created();
        } catch (DomainException e) {
            if (e.code() == ErrorCode.IDEMPOTENCY_KEY_REUSED) {
                return false; // made on an earlier start, for another earliest start
            }
            throw e;
        }
    }
}

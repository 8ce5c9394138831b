package se.esp.example.embedded;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.esp.application.port.in.application.ApplicantEntry;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.application.port.in.delivery.CompleteDeliveryCommand;
import se.esp.application.port.in.delivery.DeliveryChange;
import se.esp.application.port.in.delivery.DeliveryView;
import se.esp.application.port.in.fee.FeeScheduleCommands;
import se.esp.application.port.in.organisation.RegisterOrganisationCommand;
import se.esp.application.port.in.packaging.CreatePackagingCommand;
import se.esp.application.port.in.packaging.PackagingChange;
import se.esp.application.port.in.packaging.RecordReviewCommand;
import se.esp.application.port.in.resource.DecideCompetenceCommand;
import se.esp.application.port.in.resource.RegisterResourceCommand;
import se.esp.application.port.in.settlement.StatementView;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.application.Application;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.application.RawAnswer;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.delivery.ParticipationOutcome;
import se.esp.domain.delivery.Seat;
import se.esp.domain.fee.FeeRates;
import se.esp.domain.fee.Indexation;
import se.esp.domain.fee.MembershipFees;
import se.esp.domain.fee.ParticipationFees;
import se.esp.domain.fee.PopulationBand;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.organisation.Population;
import se.esp.domain.packaging.ApplicationForm;
import se.esp.domain.packaging.Choice;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.ComponentKind;
import se.esp.domain.packaging.CostModel;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.Eligibility;
import se.esp.domain.packaging.FieldType;
import se.esp.domain.packaging.FormField;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ResourceRequirement;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.Setting;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PersonalIdentityNumber;
import se.esp.domain.participant.PreferredLanguage;
import se.esp.domain.resource.Availability;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;
import se.esp.domain.shared.Percentage;

/**
 * DOMAIN.md's worked example, run by a plain Java program over the domain and application libraries: Ronneby sells
 * study guidance online in Arabic at 6 500.00 SEK per participant, Olofström applies for two participants and
 * Borlänge for one, matching puts all three in one delivery led by a study guide employed by Malmö (10 hours at
 * 450.00 SEK), and the month's five statements are printed. Everyone acts through the use cases, as the person whose
 * work it is; the platform ({@link EmbeddedPlatform}) keeps everything in memory.
 *
 * <p>{@code WorkedExampleTest} runs it in the build and asserts what it prints; the module's README shows how to
 * run it by hand.</p>
 */
public final class WorkedExample {

    private static final LanguageCode ARABIC = LanguageCode.of("ar");
    private static final CompetenceCode STUDY_GUIDANCE = CompetenceCode.of("study-guidance");

    private final EmbeddedPlatform platform;
    private final LocalDate today;
    private final ActingUser administrator = new ActingUser("ada", null, EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));

    WorkedExample(Clock clock) {
        this.platform = new EmbeddedPlatform(clock);
        this.today = LocalDate.now(clock);
    }

    public static void main(String[] args) {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneId.of("Europe/Stockholm"));
        new WorkedExample(clock).run(System.out);
    }

    /** Plays the example and prints the month's statement of each of the five organisations. */
    void run(PrintStream out) {
        Map<String, Organisation> parties = new LinkedHashMap<>();
        for (Organisation organisation : List.of(
                register("802999-0002", "eSP Nationell plattform (fiktiv demoägare)", OrganisationKind.OWNER, null),
                register("212000-0837", "Ronneby kommun", OrganisationKind.MUNICIPALITY, 29_021L,
                        OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER),
                register("212000-0811", "Olofströms kommun", OrganisationKind.MUNICIPALITY, 13_061L,
                        OrganisationRole.CONSUMER),
                register("212000-2239", "Borlänge kommun", OrganisationKind.MUNICIPALITY, 51_424L,
                        OrganisationRole.CONSUMER),
                register("212000-1124", "Malmö stad", OrganisationKind.MUNICIPALITY, 365_252L,
                        OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER))) {
            parties.put(organisation.number().formatted(), organisation);
        }
        OrganisationId ronneby = parties.get("212000-0837").id();
        OrganisationId malmo = parties.get("212000-1124").id();
        platform.feeSchedule.establish(administrator, new FeeScheduleCommands.Establish(
                new RatesVersion(today.withDayOfYear(1), fivePercentOfEverySale(today.getYear()))));

        // Ronneby packages the service; a coordinator of another organisation reviews it; Ronneby publishes it
        ActingUser ronnebyStaff = person("rut", ronneby, UserRole.SUPPLIER_STAFF);
        ActingUser malmoCoordinator = person("mats", malmo, UserRole.COORDINATOR);
        Packaging packaging = platform.packagings.create(ronnebyStaff,
                new CreatePackagingCommand(studyGuidanceOnlineInArabic()));
        packaging = platform.packagings.submit(ronnebyStaff, change(packaging));
        packaging = platform.packagings.startReview(malmoCoordinator, change(packaging));
        packaging = platform.packagings.recordReview(malmoCoordinator, new RecordReviewCommand(packaging.id(),
                packaging.version(), ReviewChecklist.seeded().criteria().stream()
                .map(criterion -> CriterionAssessment.pass(criterion.key())).toList()));
        OfferingVersionId offering = platform.packagings.publish(ronnebyStaff, change(packaging))
                .offering().current().id();

        // a study guide employed by Malmö registers; a coordinator of Ronneby verifies her competence
        Resource guide = platform.resources.register(person("mina", malmo, UserRole.RESOURCE_PERSON),
                new RegisterResourceCommand(null, new ResourceProfile("Mina Studiehandledare",
                        Set.of(ARABIC, LanguageCode.SWEDISH), malmo, Money.parse("450.00"),
                        new Availability(List.of(new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.of(10, 0),
                                LocalTime.of(12, 0))), 4)),
                        List.of(new CompetenceDeclaration(STUDY_GUIDANCE, "Studie- och yrkesvägledarexamen",
                                today.plusYears(2)))));
        platform.resources.verifyCompetence(person("rolf", ronneby, UserRole.COORDINATOR),
                new DecideCompetenceCommand(guide.id(), guide.version(), STUDY_GUIDANCE, "Examen kontrollerad"));

        // Olofström applies for two, who wait for a third; Borlänge applies for one: matching places all three
        ActingUser olofstrom = person("olivia", parties.get("212000-0811").id(), UserRole.CONSUMER_STAFF);
        Application olofstroms = apply(olofstrom, offering, "olofstrom-1",
                participant("Testdeltagare Olofström Ett", "19940312-0109", "studies"),
                participant("Testdeltagare Olofström Två", "19970805-0100", "work"));
        out.println("Olofström applies for 2: " + olofstroms.status() + " — " + olofstroms.explanation().orElse(""));
        Application borlanges = apply(person("bo", parties.get("212000-2239").id(), UserRole.CONSUMER_STAFF),
                offering, "borlange-1", participant("Testdeltagare Borlänge", "19881121-0106", "studies"));
        out.println("Borlänge applies for 1: " + borlanges.status() + " — " + borlanges.explanation().orElse(""));

        // Ronneby runs the delivery and completes it with every participant
        DeliveryView delivery = platform.deliveries.get(ronnebyStaff, borlanges.delivery().orElseThrow());
        delivery = platform.deliveries.start(ronnebyStaff,
                new DeliveryChange(delivery.delivery().id(), delivery.delivery().version(), null));
        Map<ParticipantId, ParticipationOutcome> outcomes = new LinkedHashMap<>();
        for (Seat seat : delivery.seats()) {
            outcomes.put(seat.participant(), ParticipationOutcome.COMPLETED);
        }
        delivery = platform.deliveries.complete(ronnebyStaff, new CompleteDeliveryCommand(
                delivery.delivery().id(), delivery.delivery().version(), outcomes));
        out.println("Delivery " + delivery.delivery().status() + " with " + delivery.seats().size()
                + " participants, led by " + guide.profile().displayName());

        // the administrator settles the month: every organisation's statement, summing to zero
        YearMonth month = YearMonth.from(today);
        platform.settlement.settle(administrator, month);
        Money sum = Money.ZERO;
        for (Organisation party : parties.values()) {
            StatementView statement = platform.settlement.statement(administrator, month, party.id());
            out.println();
            out.println(month + "  " + party.name().value());
            for (SettlementLine line : statement.statement().lines()) {
                String counterparty = line.counterparty() == null ? ""
                        : " (" + statement.counterparties().get(line.counterparty()).name().value() + ")";
                out.printf("  %-28s %14s%s%n", line.kind(), line.amount().toPlainString(), counterparty);
            }
            out.printf("  %-28s %14s%n", "NET", statement.statement().net().toPlainString());
            sum = sum.plus(statement.statement().net());
        }
        out.println();
        out.println("Sum of the month: " + sum.toPlainString());
    }

    private Organisation register(String number, String name, OrganisationKind kind, Long population,
                                  OrganisationRole... roles) {
        return platform.organisations.register(administrator, new RegisterOrganisationCommand(
                OrganisationNumber.parse(number), new OrganisationProfile(new OrganisationName(name), kind,
                population == null ? null : new Population(population), null), Set.of(roles)));
    }

    /** DOMAIN.md's rates; nobody here agreed to a membership or participation fee, so only the 5 % applies. */
    private static FeeRates fivePercentOfEverySale(int year) {
        Map<ParticipationLevel, Money> participation = new EnumMap<>(ParticipationLevel.class);
        participation.put(ParticipationLevel.DRIVING, Money.ofKronor(1_000_000));
        participation.put(ParticipationLevel.ACTIVE, Money.ofKronor(500_000));
        participation.put(ParticipationLevel.PARTICIPATING, Money.ofKronor(200_000));
        participation.put(ParticipationLevel.ASSOCIATED, Money.ofKronor(50_000));
        return new FeeRates(Percentage.of(5), Percentage.of(10), new MembershipFees(List.of(
                new PopulationBand(0, Money.ofKronor(5_000), Money.ofKronor(8_000)),
                new PopulationBand(10_000, Money.ofKronor(10_000), Money.ofKronor(16_000)),
                new PopulationBand(100_001, Money.ofKronor(20_000), Money.ofKronor(32_000)))),
                new ParticipationFees(participation), new Indexation(Percentage.of(5), year));
    }

    private static PackagingContent studyGuidanceOnlineInArabic() {
        return new PackagingContent(
                LocalisedText.svEn("Studievägledning online på arabiska", "Study guidance online, Arabic"),
                LocalisedText.svEn("Tio gruppträffar online med en studievägledare som talar arabiska.",
                        "Ten online group sessions with a study guide speaking Arabic."),
                Phase.PREPARATORY, ServiceArea.STUDY_GUIDANCE, Set.of(TargetGroup.NEWLY_ARRIVED),
                DeliveryMode.DIGITAL, Set.of(ARABIC),
                List.of(new Component(ComponentKind.GROUP_SESSION, 10, 60, Setting.ONLINE,
                        new ResourceRequirement(STUDY_GUIDANCE, BigDecimal.ONE))),
                new GroupSize(3, 8), new Eligibility(16, 64, Set.of()), new ApplicationForm(List.of(
                        new FormField("previousEducation", LocalisedText.svEn("Tidigare utbildning",
                                "Previous education"), FieldType.TEXT, true, List.of()),
                        new FormField("goal", LocalisedText.svEn("Mål", "Goal"), FieldType.CHOICE, true, List.of(
                                new Choice("studies", LocalisedText.svEn("Studier", "Studies")),
                                new Choice("work", LocalisedText.svEn("Arbete", "Work")))))),
                List.of(), new CostModel(Money.parse("450.00"), null, null), Money.parse("6500.00"), null,
                CostSplitRule.PER_PARTICIPANT);
    }

    private Application apply(ActingUser staff, OfferingVersionId offering, String key, ApplicantEntry... entries) {
        return platform.applications.submit(staff, new SubmitApplicationCommand(offering, ARABIC, today, false,
                List.of(entries), new IdempotencyKey(key))).application();
    }

    private static ApplicantEntry participant(String name, String identityNumber, String goal) {
        return new ApplicantEntry(new ParticipantDetails(new ParticipantName(name),
                PersonalIdentityNumber.parse(identityNumber), new PreferredLanguage("ar"), null), Set.of(),
                Map.of("previousEducation", RawAnswer.text("Gymnasieexamen"), "goal", RawAnswer.text(goal)));
    }

    private static ActingUser person(String user, OrganisationId organisation, UserRole role) {
        return new ActingUser(user, organisation, EnumSet.of(role));
    }

    private static PackagingChange change(Packaging packaging) {
        return new PackagingChange(packaging.id(), packaging.version());
    }
}

package se.esp.bootstrap.demo;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.ListOrganisationsQuery;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.packaging.CreatePackagingCommand;
import se.esp.application.port.in.packaging.DraftPackagingUseCase;
import se.esp.application.port.in.packaging.EditPackagingCommand;
import se.esp.application.port.in.packaging.FindPackagingsQuery;
import se.esp.application.port.in.packaging.PackagingChange;
import se.esp.application.port.in.packaging.PackagingFilter;
import se.esp.application.port.in.packaging.PublishPackagingUseCase;
import se.esp.application.port.in.packaging.RecordReviewCommand;
import se.esp.application.port.in.packaging.ReviewChecklistUseCase;
import se.esp.application.port.in.packaging.ReviewPackagingUseCase;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
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
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ResourceRequirement;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.Setting;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.packaging.VariantCosts;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

/**
 * Demo packagings in every state of quality review, made through the ordinary use cases by the demo suppliers'
 * staff and reviewed by a coordinator of the (fictitious) owner: study guidance online in Arabic, Somali,
 * Tigrinya and Dari, civic orientation online, e-health for adult learners and a digi-physical preparatory
 * course for care work. A packaging whose Swedish title its supplier already has is left alone, so loading
 * again (every restart) changes nothing.
 */
public final class DemoPackagings {

    /** The use cases the loader goes through. */
    public record UseCases(ListOrganisationsQuery organisations, DraftPackagingUseCase drafts,
                           ReviewPackagingUseCase reviews, PublishPackagingUseCase publishing,
                           FindPackagingsQuery find, ReviewChecklistUseCase checklist) {
    }

    /** How far through quality review a demo packaging goes. */
    enum Stage { DRAFT, SUBMITTED, IN_REVIEW, RETURNED, PUBLISHED, REVISION_SUBMITTED }

    record Demo(String supplier, Stage stage, PackagingContent content) {

        String title() {
            return content.titles().in(LanguageCode.SWEDISH).orElseThrow();
        }
    }

    private DemoPackagings() {
    }

    /** @return how many packagings were made now */
    public static int load(UseCases useCases) {
        Map<String, Organisation> byName = new LinkedHashMap<>();
        useCases.organisations().list(ActingUser.system("demo-data"), OrganisationFilter.all(),
                new PageRequest(0, PageRequest.MAX_SIZE)).items().forEach(o -> byName.put(o.name().value(), o));
        Optional<Organisation> owner = byName.values().stream().filter(o -> o.kind() == OrganisationKind.OWNER)
                .findFirst();
        ActingUser coordinator = new ActingUser("demo-coordinator", owner.map(Organisation::id).orElse(null),
                EnumSet.of(UserRole.COORDINATOR));
        int made = 0;
        for (Demo demo : demos()) {
            Organisation supplier = byName.get(demo.supplier());
            if (supplier == null) {
                continue;
            }
            ActingUser staff = new ActingUser("demo-staff-" + supplier.number().value(), supplier.id(),
                    EnumSet.of(UserRole.SUPPLIER_STAFF));
            if (exists(useCases, staff, supplier.id(), demo.title())) {
                continue;
            }
            walk(useCases, staff, coordinator, demo);
            made++;
        }
        return made;
    }

    private static boolean exists(UseCases useCases, ActingUser staff, OrganisationId supplier, String title) {
        return useCases.find().list(staff, new PackagingFilter(supplier, null), new PageRequest(0, PageRequest.MAX_SIZE))
                .items().stream().anyMatch(p -> p.content().titles().in(LanguageCode.SWEDISH).orElse("").equals(title));
    }

    private static void walk(UseCases u, ActingUser staff, ActingUser coordinator, Demo demo) {
        Packaging packaging = u.drafts().create(staff, new CreatePackagingCommand(demo.content()));
        if (demo.stage() == Stage.DRAFT) {
            return;
        }
        packaging = u.drafts().submit(staff, change(packaging));
        if (demo.stage() == Stage.SUBMITTED) {
            return;
        }
        packaging = u.reviews().startReview(coordinator, change(packaging));
        if (demo.stage() == Stage.IN_REVIEW) {
            return;
        }
        List<CriterionAssessment> verdict = u.checklist().current(coordinator).criteria().stream()
                .map(c -> demo.stage() == Stage.RETURNED && c.key().equals("accessibility")
                        ? CriterionAssessment.fail(c.key(), "Beskriv hur deltagare med nedsatt hörsel tar del, "
                        + "t.ex. textning av inspelat material.")
                        : CriterionAssessment.pass(c.key()))
                .toList();
        packaging = u.reviews().recordReview(coordinator, new RecordReviewCommand(packaging.id(),
                packaging.version(), verdict));
        if (demo.stage() == Stage.RETURNED) {
            return;
        }
        packaging = u.publishing().publish(staff, change(packaging)).packaging();
        if (demo.stage() == Stage.REVISION_SUBMITTED) {
            packaging = u.drafts().startRevision(staff, change(packaging));
            PackagingContent c = packaging.content();
            PackagingContent revised = new PackagingContent(c.titles(), c.descriptions(), c.phase(), c.serviceArea(),
                    c.targetGroups(), c.deliveryMode(), withTigrinya(c.deliveryLanguages()), c.components(),
                    c.groupSize(), c.eligibility(), c.applicationForm(), c.microCredentials(), c.costModel(),
                    c.pricePerParticipant().minus(Money.ofKronor(200)));
            packaging = u.drafts().edit(staff, new EditPackagingCommand(packaging.id(), packaging.version(), revised));
            u.drafts().submit(staff, change(packaging));
        }
    }

    private static Set<LanguageCode> withTigrinya(Set<LanguageCode> languages) {
        Set<LanguageCode> more = new TreeSet<>(languages);
        more.add(LanguageCode.of("ti"));
        return more;
    }

    private static PackagingChange change(Packaging packaging) {
        return new PackagingChange(packaging.id(), packaging.version());
    }

    static List<Demo> demos() {
        Function<String, Component> guidance = competence -> new Component(ComponentKind.GROUP_SESSION, 10, 60,
                Setting.ONLINE, new ResourceRequirement(new CompetenceCode(competence), new BigDecimal("1.5")));
        Component individual = new Component(ComponentKind.INDIVIDUAL_SESSION, 2, 45, Setting.ONLINE,
                new ResourceRequirement(new CompetenceCode("study-guidance"), new BigDecimal("1")));
        CostModel guidanceCosts = new CostModel(Money.parse("450.00"),
                new VariantCosts(Money.parse("300.00"), Money.parse("1200.00"), Money.ZERO, BigDecimal.ZERO),
                new VariantCosts(Money.parse("300.00"), Money.ZERO, Money.parse("2400.00"), new BigDecimal("4")));
        return List.of(
                new Demo("Ronneby kommun", Stage.PUBLISHED, studyGuidance("arabiska", "Arabic", "ar",
                        "التوجيه الدراسي عبر الإنترنت باللغة العربية", guidance, individual, guidanceCosts)),
                new Demo("Ronneby kommun", Stage.PUBLISHED, studyGuidance("somaliska", "Somali", "so",
                        "Hagitaanka waxbarashada oo online ah, af-Soomaali", guidance, individual, guidanceCosts)),
                new Demo("Malmö stad", Stage.IN_REVIEW, studyGuidance("tigrinska", "Tigrinya", "ti",
                        "ምኽሪ ትምህርቲ ብመስመር ኢንተርነት ብትግርኛ", guidance, individual, guidanceCosts)),
                new Demo("Göteborgs Stad", Stage.RETURNED, studyGuidance("dari", "Dari", "fa",
                        "راهنمایی تحصیلی آنلاین به زبان دری", guidance, individual, guidanceCosts)),
                new Demo("Malmö stad", Stage.REVISION_SUBMITTED, civicOrientation()),
                new Demo("Skellefteå kommun", Stage.PUBLISHED, eHealth()),
                new Demo("Exempel Digital Välfärd AB (fiktiv demopartner)", Stage.PUBLISHED, careWork()),
                new Demo("Exempel Digital Välfärd AB (fiktiv demopartner)", Stage.DRAFT, new PackagingContent(
                        LocalisedText.svEn("Digitalt språkcafé för seniorer", "Digital language café for seniors"),
                        null, Phase.DEVELOPING_AND_SUPPORTING, ServiceArea.DIGITAL_INCLUSION,
                        Set.of(TargetGroup.SENIORS), DeliveryMode.DIGITAL, Set.of(LanguageCode.SWEDISH), null, null,
                        null, null, null, null, null)));
    }

    private static PackagingContent studyGuidance(String swedishLanguage, String englishLanguage, String code,
                                                  String ownTitle, Function<String, Component> sessions,
                                                  Component individual, CostModel costs) {
        Map<LanguageCode, String> titles = new LinkedHashMap<>();
        titles.put(LanguageCode.SWEDISH, "Studievägledning online på " + swedishLanguage);
        titles.put(LanguageCode.ENGLISH, "Study guidance online in " + englishLanguage);
        titles.put(LanguageCode.of(code), ownTitle);
        return new PackagingContent(new LocalisedText(titles), LocalisedText.svEn(
                "Tio gruppträffar online med en studievägledare som talar " + swedishLanguage + ": svenska skolsystemet, "
                        + "validering av tidigare utbildning, vägar till vuxenutbildning och yrke. Två enskilda samtal "
                        + "ger varje deltagare en egen studieplan.",
                "Ten online group sessions with a study guide speaking " + englishLanguage + ": the Swedish school "
                        + "system, validation of earlier education, routes into adult education and work. Two "
                        + "individual talks give every participant a study plan of their own."),
                Phase.PREPARATORY, ServiceArea.STUDY_GUIDANCE, Set.of(TargetGroup.NEWLY_ARRIVED),
                DeliveryMode.DIGITAL, Set.of(LanguageCode.of(code)),
                List.of(sessions.apply("study-guidance"), individual),
                new GroupSize(4, 12), new Eligibility(16, 64, Set.of()), new ApplicationForm(List.of(
                        new FormField("previousEducation", LocalisedText.svEn("Tidigare utbildning", "Previous education"),
                                FieldType.TEXT, true, List.of()),
                        new FormField("goal", LocalisedText.svEn("Mål", "Goal"), FieldType.CHOICE, true, List.of(
                                new Choice("studies", LocalisedText.svEn("Studier", "Studies")),
                                new Choice("work", LocalisedText.svEn("Arbete", "Work")),
                                new Choice("both", LocalisedText.svEn("Båda", "Both")))),
                        new FormField("needsComputer", LocalisedText.svEn("Behöver låna dator", "Needs a computer"),
                                FieldType.YES_NO, false, List.of()))),
                List.of(), costs, Money.parse("1200.00"));
    }

    private static PackagingContent civicOrientation() {
        return new PackagingContent(LocalisedText.svEn("Samhällsorientering online",
                "Civic orientation online"), LocalisedText.svEn(
                "Samhällsorientering för nyanlända på modersmålet: att komma till Sverige, att bo, försörja sig, "
                        + "vårda sin hälsa, rättigheter och skyldigheter, att bilda familj och åldras i Sverige.",
                "Civic orientation for newly arrived people in their own language: coming to Sweden, housing, "
                        + "earning a living, health, rights and duties, family life and growing old in Sweden."),
                Phase.ESTABLISHMENT, ServiceArea.CIVIC_ORIENTATION, Set.of(TargetGroup.NEWLY_ARRIVED),
                DeliveryMode.DIGITAL, Set.of(LanguageCode.of("ar"), LanguageCode.of("so"), LanguageCode.of("fa")),
                List.of(new Component(ComponentKind.GROUP_SESSION, 25, 120, Setting.ONLINE,
                        new ResourceRequirement(new CompetenceCode("civic-communicator"), new BigDecimal("2.5")))),
                new GroupSize(8, 20), new Eligibility(18, null, Set.of()), new ApplicationForm(List.of(
                        new FormField("arrivalDate", LocalisedText.svEn("Ankomstdatum", "Date of arrival"),
                                FieldType.DATE, true, List.of()))),
                List.of(), new CostModel(Money.parse("480.00"),
                        new VariantCosts(Money.parse("800.00"), Money.parse("2500.00"), Money.ZERO, BigDecimal.ZERO),
                        new VariantCosts(Money.parse("800.00"), Money.ZERO, Money.parse("9000.00"),
                                new BigDecimal("10"))),
                Money.parse("2900.00"));
    }

    private static PackagingContent eHealth() {
        return new PackagingContent(LocalisedText.svEn("E-hälsa för vuxenstuderande", "E-health for adult learners"),
                LocalisedText.svEn("Sex träffar online med distriktssköterska om sömn, stress, kost och rörelse, "
                        + "och om att använda 1177 och andra e-hälsotjänster. Självstudier mellan träffarna.",
                        "Six online sessions with a district nurse on sleep, stress, food and exercise, and on using "
                                + "1177 and other e-health services. Self-study between the sessions."),
                Phase.PREVENTIVE_AND_HEALTH_PROMOTING, ServiceArea.HEALTH, Set.of(TargetGroup.ADULT_LEARNERS),
                DeliveryMode.DIGITAL, Set.of(LanguageCode.SWEDISH, LanguageCode.ENGLISH), List.of(
                        new Component(ComponentKind.GROUP_SESSION, 6, 90, Setting.ONLINE,
                                new ResourceRequirement(new CompetenceCode("nurse"), new BigDecimal("2"))),
                        new Component(ComponentKind.SELF_STUDY_MODULE, 1, 240, Setting.ONLINE, null)),
                new GroupSize(6, 25), new Eligibility(18, null, Set.of(TargetGroup.ADULT_LEARNERS)),
                ApplicationForm.none(), List.of(), new CostModel(Money.parse("520.00"),
                        new VariantCosts(Money.parse("150.00"), Money.parse("600.00"), Money.ZERO, BigDecimal.ZERO),
                        new VariantCosts(Money.parse("150.00"), Money.ZERO, Money.parse("1800.00"),
                                new BigDecimal("3"))),
                Money.parse("950.00"));
    }

    private static PackagingContent careWork() {
        return new PackagingContent(LocalisedText.svEn("Förberedande kurs i vård och omsorg, digifysisk",
                "Preparatory course in care work, digi-physical"), LocalisedText.svEn(
                "Tolv lektioner online och fyra praktiska träffar på plats inför utbildning och arbete inom vård och "
                        + "omsorg: bemötande, hygien, svenska i vården. Leder till mikromeriten Introduktion till "
                        + "vård och omsorg.",
                "Twelve online lessons and four practical meetings on site preparing for training and work in care: "
                        + "caring conduct, hygiene, Swedish in care. Leads to the micro-credential Introduction to "
                        + "care work."),
                Phase.PREPARATORY, ServiceArea.VOCATIONAL_TRAINING,
                Set.of(TargetGroup.NEWLY_ARRIVED, TargetGroup.JOB_SEEKERS), DeliveryMode.DIGI_PHYSICAL,
                Set.of(LanguageCode.SWEDISH, LanguageCode.of("ar")), List.of(
                        new Component(ComponentKind.GROUP_SESSION, 12, 90, Setting.ONLINE,
                                new ResourceRequirement(new CompetenceCode("care-teacher"), new BigDecimal("2"))),
                        new Component(ComponentKind.PHYSICAL_MEETING, 4, 180, Setting.ON_SITE,
                                new ResourceRequirement(new CompetenceCode("care-teacher"), new BigDecimal("4"))),
                        new Component(ComponentKind.SELF_STUDY_MODULE, 1, 600, Setting.ONLINE, null)),
                new GroupSize(6, 16), new Eligibility(18, 64, Set.of()), new ApplicationForm(List.of(
                        new FormField("swedishLevel", LocalisedText.svEn("Nivå i svenska", "Level of Swedish"),
                                FieldType.CHOICE, true, List.of(
                                        new Choice("sfi-c", LocalisedText.svEn("SFI kurs C", "SFI course C")),
                                        new Choice("sfi-d", LocalisedText.svEn("SFI kurs D", "SFI course D")),
                                        new Choice("sas", LocalisedText.svEn("SAS", "Swedish as a second language")))),
                        new FormField("yearsOfSchool", LocalisedText.svEn("År i skolan", "Years of school"),
                                FieldType.NUMBER, false, List.of()))),
                List.of(new MicroCredentialRef("vard-omsorg-introduktion")), new CostModel(Money.parse("520.00"),
                        new VariantCosts(Money.parse("1500.00"), Money.parse("900.00"), Money.ZERO, BigDecimal.ZERO),
                        new VariantCosts(Money.parse("1500.00"), Money.ZERO, Money.parse("4000.00"),
                                new BigDecimal("6"))),
                Money.parse("6500.00"));
    }

}

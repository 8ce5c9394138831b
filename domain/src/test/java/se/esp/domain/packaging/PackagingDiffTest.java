package se.esp.domain.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

class PackagingDiffTest {

    private static final FormField PREVIOUS_EDUCATION = new FormField("previousEducation",
            LocalisedText.svEn("Tidigare utbildning", "Previous education"), FieldType.TEXT, true, List.of());
    private static final FormField LEVEL = new FormField("level", LocalisedText.svEn("Nivå", "Level"),
            FieldType.CHOICE, false, List.of(new Choice("basic", LocalisedText.svEn("Grundläggande", "Basic")),
            new Choice("advanced", LocalisedText.svEn("Fördjupad", "Advanced"))));

    private static List<String> described(PackagingDiff diff) {
        return diff.changes().stream()
                .map(c -> c.path() + " " + c.kind() + " " + c.before() + " -> " + c.after()).toList();
    }

    private static PackagingContent withForm(FormField... fields) {
        return content(Samples.complete()).form(new ApplicationForm(List.of(fields))).build();
    }

    @Test
    void aContentComparedWithItselfHasNoChanges() {
        PackagingContent complete = withForm(PREVIOUS_EDUCATION, LEVEL);

        assertThat(PackagingDiff.between(complete, complete).isEmpty()).isTrue();
        assertThat(PackagingDiff.between(PackagingContent.empty(), PackagingContent.empty()).changes()).isEmpty();
    }

    @Test
    void aChangedTextIsNamedByItsLanguageWithBothWordings() {
        PackagingContent before = Samples.complete();
        PackagingContent after = content(before).description(LanguageCode.SWEDISH,
                "Tio gruppträffar med studievägledare. Alla träffar textas.").build();

        assertThat(described(PackagingDiff.between(before, after))).containsExactly(
                "descriptions.sv CHANGED Tio gruppträffar med studievägledare. -> "
                        + "Tio gruppträffar med studievägledare. Alla träffar textas.");
    }

    @Test
    void aTitleInANewLanguageIsAddedAndOneNoLongerGivenIsRemoved() {
        PackagingContent before = Samples.complete();
        PackagingContent after = content(before).titles(new LocalisedText(Map.of(
                LanguageCode.SWEDISH, "Studievägledning online på arabiska",
                LanguageCode.ENGLISH, "Study guidance online in Arabic",
                LanguageCode.of("so"), "Hagitaanka waxbarashada"))).build();

        assertThat(described(PackagingDiff.between(before, after))).containsExactly(
                "titles.ar REMOVED التوجيه الدراسي عبر الإنترنت -> null",
                "titles.so ADDED null -> Hagitaanka waxbarashada");
    }

    @Test
    void componentsAreComparedByTheirPlace() {
        PackagingContent before = Samples.complete();
        Component longer = new Component(ComponentKind.SELF_STUDY_MODULE, 1, 180, Setting.ONLINE, null);
        Component meeting = new Component(ComponentKind.PHYSICAL_MEETING, 1, 120, Setting.ON_SITE,
                new ResourceRequirement(new CompetenceCode("study-guide"), new BigDecimal("2.5")));
        PackagingContent after = content(before).components(List.of(Samples.SESSIONS, longer, meeting)).build();

        assertThat(described(PackagingDiff.between(before, after))).containsExactly(
                "components[1].durationMinutes CHANGED 120 -> 180",
                "components[2].kind ADDED null -> PHYSICAL_MEETING",
                "components[2].count ADDED null -> 1",
                "components[2].durationMinutes ADDED null -> 120",
                "components[2].setting ADDED null -> ON_SITE",
                "components[2].resource.competence ADDED null -> study-guide",
                "components[2].resource.hours ADDED null -> 2.5");
    }

    @Test
    void aComponentThatNoLongerNeedsAPersonLosesItsResourceRequirement() {
        PackagingContent before = Samples.complete();
        Component unstaffed = new Component(ComponentKind.GROUP_SESSION, 10, 60, Setting.ONLINE, null);
        PackagingContent after = content(before).components(List.of(unstaffed, Samples.SELF_STUDY)).build();

        assertThat(described(PackagingDiff.between(before, after))).containsExactly(
                "components[0].resource.competence REMOVED study-guide -> null",
                "components[0].resource.hours REMOVED 1.5 -> null");
    }

    @Test
    void aFieldInsertedFirstInTheFormChangesNoOtherField() {
        FormField phone = new FormField("phone", LocalisedText.svEn("Telefon", "Phone"), FieldType.TEXT, false,
                List.of());

        PackagingDiff diff = PackagingDiff.between(withForm(PREVIOUS_EDUCATION, LEVEL),
                withForm(phone, PREVIOUS_EDUCATION, LEVEL));

        assertThat(described(diff)).containsExactly(
                "applicationForm[key=phone].key ADDED null -> phone",
                "applicationForm[key=phone].label.en ADDED null -> Phone",
                "applicationForm[key=phone].label.sv ADDED null -> Telefon",
                "applicationForm[key=phone].type ADDED null -> TEXT",
                "applicationForm[key=phone].required ADDED null -> false");
    }

    @Test
    void aFieldMadeRequiredIsOneChangeNamedByItsKey() {
        FormField requiredLevel = new FormField("level", LEVEL.label(), FieldType.CHOICE, true, LEVEL.choices());

        assertThat(described(PackagingDiff.between(withForm(PREVIOUS_EDUCATION, LEVEL),
                withForm(PREVIOUS_EDUCATION, requiredLevel)))).containsExactly(
                "applicationForm[key=level].required CHANGED false -> true");
    }

    @Test
    void aRemovedFieldAndARemovedChoiceAreNamedByKeyAndValue() {
        FormField threeLevels = new FormField("level", LEVEL.label(), FieldType.CHOICE, false, List.of(
                LEVEL.choices().get(0), LEVEL.choices().get(1),
                new Choice("expert", LocalisedText.of(LanguageCode.SWEDISH, "Expert"))));

        PackagingDiff diff = PackagingDiff.between(withForm(PREVIOUS_EDUCATION, threeLevels), withForm(LEVEL));

        assertThat(described(diff)).containsExactly(
                "applicationForm[key=level].choices[value=expert].value REMOVED expert -> null",
                "applicationForm[key=level].choices[value=expert].label.sv REMOVED Expert -> null",
                "applicationForm[key=previousEducation].key REMOVED previousEducation -> null",
                "applicationForm[key=previousEducation].label.en REMOVED Previous education -> null",
                "applicationForm[key=previousEducation].label.sv REMOVED Tidigare utbildning -> null",
                "applicationForm[key=previousEducation].type REMOVED TEXT -> null",
                "applicationForm[key=previousEducation].required REMOVED true -> null");
    }

    @Test
    void fieldsInAnotherOrderAreOneChangeListingTheKeys() {
        FormField reordered = new FormField("level", LEVEL.label(), FieldType.CHOICE, false,
                List.of(LEVEL.choices().get(1), LEVEL.choices().get(0)));

        assertThat(described(PackagingDiff.between(withForm(PREVIOUS_EDUCATION, LEVEL),
                withForm(reordered, PREVIOUS_EDUCATION)))).containsExactly(
                "applicationForm CHANGED previousEducation, level -> level, previousEducation",
                "applicationForm[key=level].choices CHANGED basic, advanced -> advanced, basic");
    }

    @Test
    void amountsAreKronorWithTwoDecimals() {
        PackagingContent before = Samples.complete();
        CostModel dearer = new CostModel(Money.parse("475"), Samples.COSTS.digital(), Samples.COSTS.physical());
        PackagingContent after = content(before).costs(dearer).price(Money.parse("1150.5")).build();

        assertThat(described(PackagingDiff.between(before, after))).containsExactly(
                "costModel.hourlyRate CHANGED 450.00 -> 475.00",
                "pricePerParticipant CHANGED 1200.00 -> 1150.50");
    }

    @Test
    void hoursWrittenWithAnotherScaleAreTheSameHours() {
        PackagingContent before = Samples.complete();
        CostModel sameHours = new CostModel(Samples.COSTS.hourlyRate(), new VariantCosts(Money.parse("500.00"),
                Money.parse("1200.00"), Money.ZERO, new BigDecimal("0.00")), new VariantCosts(Money.parse("500.00"),
                Money.ZERO, Money.parse("2000.00"), new BigDecimal("4.00")));

        assertThat(PackagingDiff.between(before, content(before).costs(sameHours).build()).changes()).isEmpty();
    }

    @Test
    void costsStatedForTheFirstTimeAreAddedFieldByField() {
        PackagingContent before = content(Samples.complete()).costs(null).build();

        assertThat(described(PackagingDiff.between(before, Samples.complete()))).containsExactly(
                "costModel.hourlyRate ADDED null -> 450.00",
                "costModel.digital.materials ADDED null -> 500.00",
                "costModel.digital.licences ADDED null -> 1200.00",
                "costModel.digital.premises ADDED null -> 0.00",
                "costModel.digital.extraResourceHours ADDED null -> 0",
                "costModel.physical.materials ADDED null -> 500.00",
                "costModel.physical.licences ADDED null -> 0.00",
                "costModel.physical.premises ADDED null -> 2000.00",
                "costModel.physical.extraResourceHours ADDED null -> 4");
    }

    @Test
    void targetGroupsAndLanguagesAreComparedAsWholeSetsListedByName() {
        PackagingContent before = Samples.complete();
        PackagingContent after = content(before)
                .targetGroups(Set.of(TargetGroup.NEWLY_ARRIVED, TargetGroup.JOB_SEEKERS))
                .languages(Set.of(LanguageCode.of("so"), LanguageCode.of("ar"))).build();

        assertThat(described(PackagingDiff.between(before, after))).containsExactly(
                "targetGroups CHANGED NEWLY_ARRIVED -> JOB_SEEKERS, NEWLY_ARRIVED",
                "deliveryLanguages CHANGED ar -> ar, so");
    }

    @Test
    void aGroupSizeAndAnAgeLimitAreComparedEndByEnd() {
        PackagingContent before = Samples.complete();
        PackagingContent after = content(before).groupSize(new GroupSize(4, 15))
                .eligibility(new Eligibility(18, null, Set.of())).build();

        assertThat(described(PackagingDiff.between(before, after))).containsExactly(
                "groupSize.max CHANGED 12 -> 15",
                "eligibility.minAge CHANGED 16 -> 18",
                "eligibility.maxAge REMOVED 64 -> null");
    }

    @Test
    void anEmptyDraftMadeCompleteIsAllAdditionsInTheOrderOfTheContentsFields() {
        PackagingDiff diff = PackagingDiff.between(PackagingContent.empty(), Samples.complete());

        assertThat(diff.changes()).extracting(ContentChange::kind).containsOnly(ChangeKind.ADDED);
        assertThat(diff.paths()).startsWith("titles.ar", "titles.en", "titles.sv", "descriptions.en",
                "descriptions.sv", "phase", "serviceArea", "targetGroups", "deliveryMode", "deliveryLanguages",
                "components[0].kind").endsWith("costModel.physical.extraResourceHours", "pricePerParticipant")
                .doesNotHaveDuplicates();
    }

    @Test
    void diffingTheOtherWayRoundSwapsEveryChange() {
        PackagingContent before = withForm(PREVIOUS_EDUCATION);
        PackagingContent after = content(withForm(LEVEL, PREVIOUS_EDUCATION)).price(Money.parse("1300"))
                .sessionsPerWeek(2).build();

        PackagingDiff forth = PackagingDiff.between(before, after);
        PackagingDiff back = PackagingDiff.between(after, before);

        assertThat(back.changes()).extracting(c -> c.path() + " " + c.before() + " -> " + c.after())
                .containsExactlyInAnyOrderElementsOf(forth.changes().stream()
                        .map(c -> c.path() + " " + c.after() + " -> " + c.before()).toList());
        assertThat(described(forth)).contains("sessionsPerWeek ADDED null -> 2",
                "pricePerParticipant CHANGED 1200.00 -> 1300.00");
    }

    // ------------------------------------------------------------------------------------------------ fixtures

    private static ContentCopy content(PackagingContent of) {
        return new ContentCopy(of);
    }

    /** A content with some of its parts replaced. */
    private static final class ContentCopy {
        private final PackagingContent c;
        private LocalisedText titles;
        private LocalisedText descriptions;
        private Set<TargetGroup> targetGroups;
        private Set<LanguageCode> languages;
        private List<Component> components;
        private GroupSize groupSize;
        private Eligibility eligibility;
        private ApplicationForm form;
        private CostModel costs;
        private Money price;
        private Integer sessionsPerWeek;

        ContentCopy(PackagingContent c) {
            this.c = c;
            titles = c.titles();
            descriptions = c.descriptions();
            targetGroups = c.targetGroups();
            languages = c.deliveryLanguages();
            components = c.components();
            groupSize = c.groupSize();
            eligibility = c.eligibility();
            form = c.applicationForm();
            costs = c.costModel();
            price = c.pricePerParticipant();
            sessionsPerWeek = c.sessionsPerWeek();
        }

        ContentCopy titles(LocalisedText value) {
            titles = value;
            return this;
        }

        ContentCopy description(LanguageCode language, String text) {
            var texts = new java.util.HashMap<>(descriptions.texts());
            texts.put(language, text);
            descriptions = new LocalisedText(texts);
            return this;
        }

        ContentCopy targetGroups(Set<TargetGroup> value) {
            targetGroups = value;
            return this;
        }

        ContentCopy languages(Set<LanguageCode> value) {
            languages = value;
            return this;
        }

        ContentCopy components(List<Component> value) {
            components = new ArrayList<>(value);
            return this;
        }

        ContentCopy groupSize(GroupSize value) {
            groupSize = value;
            return this;
        }

        ContentCopy eligibility(Eligibility value) {
            eligibility = value;
            return this;
        }

        ContentCopy form(ApplicationForm value) {
            form = value;
            return this;
        }

        ContentCopy costs(CostModel value) {
            costs = value;
            return this;
        }

        ContentCopy price(Money value) {
            price = value;
            return this;
        }

        ContentCopy sessionsPerWeek(Integer value) {
            sessionsPerWeek = value;
            return this;
        }

        PackagingContent build() {
            return new PackagingContent(titles, descriptions, c.phase(), c.serviceArea(), targetGroups,
                    c.deliveryMode(), languages, components, groupSize, eligibility, form, c.microCredentials(),
                    costs, price, sessionsPerWeek, c.costSplitRule());
        }
    }
}

package se.esp.adapter.web.console.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.esp.adapter.web.console.ConsoleErrors;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.packaging.ApplicationForm;
import se.esp.domain.packaging.Choice;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.ComponentKind;
import se.esp.domain.packaging.CostModel;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.Eligibility;
import se.esp.domain.packaging.FieldType;
import se.esp.domain.packaging.FormField;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.MicroCredentialRef;
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
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;

class PackagingFormTest {

    /** DOMAIN.md's study guidance online in Arabic, with a third language, costs of both variants and a credential. */
    private static PackagingContent studyGuidance() {
        return new PackagingContent(
                new LocalisedText(Map.of(LanguageCode.SWEDISH, "Studievägledning online på arabiska",
                        LanguageCode.ENGLISH, "Study guidance online, Arabic",
                        LanguageCode.of("ar"), "الإرشاد الدراسي عبر الإنترنت")),
                LocalisedText.svEn("Tio gruppträffar online.", "Ten online group sessions."),
                Phase.PREPARATORY, ServiceArea.STUDY_GUIDANCE, Set.of(TargetGroup.NEWLY_ARRIVED), DeliveryMode.DIGITAL,
                Set.of(LanguageCode.of("ar")),
                List.of(new Component(ComponentKind.GROUP_SESSION, 10, 60, Setting.ONLINE,
                        new ResourceRequirement(new CompetenceCode("study-guidance"), BigDecimal.ONE)),
                        new Component(ComponentKind.SELF_STUDY_MODULE, 1, 120, Setting.ONLINE, null)),
                new GroupSize(3, 8), new Eligibility(16, 64, Set.of(TargetGroup.NEWLY_ARRIVED)),
                new ApplicationForm(List.of(
                        new FormField("previousEducation", LocalisedText.svEn("Tidigare utbildning",
                                "Previous education"), FieldType.TEXT, true, List.of()),
                        new FormField("goal", LocalisedText.svEn("Mål", "Goal"), FieldType.CHOICE, true, List.of(
                                new Choice("studies", LocalisedText.svEn("Studier", "Studies")),
                                new Choice("work", LocalisedText.svEn("Arbete", "Work"))))), true),
                List.of(new MicroCredentialRef("sv-guide-1")),
                new CostModel(Money.parse("450.00"), new VariantCosts(Money.parse("100.00"), null, null, null),
                        new VariantCosts(null, null, Money.parse("800.00"), new BigDecimal("2"))),
                Money.parse("6500.00"), 2, CostSplitRule.EQUALLY);
    }

    @Test
    void aStoredPackagingsContentComesBackFromItsInputsUnchanged() {
        PackagingContent content = studyGuidance();

        assertThat(PackagingForm.of(content).toContent()).isEqualTo(content);
    }

    @Test
    void emptyRowsAreNoRowsAndAnEmptyFormIsAnEmptyDraft() {
        PackagingForm form = PackagingForm.empty();
        form.addField();
        form.addLanguage();
        form.addChoice(0);

        assertThat(form.toContent()).isEqualTo(PackagingContent.empty());
    }

    @Test
    void everyRefusalIsNamedAfterTheInputThatHoldsIt() {
        PackagingForm form = PackagingForm.of(studyGuidance());
        form.getComponents().get(0).setCount(0);
        form.getComponents().get(1).setCompetence("  ");
        form.getComponents().get(1).setHours(new BigDecimal("1.1"));
        form.setGroupMin(9);
        form.setDeliveryLanguages("ar, arabiska");
        form.getFields().get(1).getChoices().get(1).setValue("ar bete");
        form.getOtherLanguages().get(0).setLanguage("xx1");
        form.setHourlyRate(null);

        assertThatThrownBy(form::toContent).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::field).map(ConsoleErrors::inputId)
                        .containsExactlyInAnyOrder("otherLanguages_0__language", "deliveryLanguages",
                                "components_0__count", "components_1__competence", "groupSize_min",
                                "fields_1__choices_1__value", "costModel_hourlyRate"));
    }

    @Test
    void codesAreReadWithCommasOrSpacesBetweenThem() {
        assertThat(PackagingForm.codes(" ar,sv  fa;ar ")).containsExactly("ar", "sv", "fa");
        assertThat(PackagingForm.codes(null)).isEmpty();
    }

    @Test
    void remarksOfTheSeededCriteriaGoNextToWhatTheyJudgeAndTheRestToTheTop() {
        assertThat(RemarkPlacement.of("price-justified")).isEqualTo(RemarkPlacement.COSTING);
        assertThat(RemarkPlacement.of("target-group-described")).isEqualTo(RemarkPlacement.TARGET_GROUPS);
        assertThat(RemarkPlacement.of("personal-data-handling")).isEqualTo(RemarkPlacement.APPLICATION_FORM);
        assertThat(RemarkPlacement.of("competence-requirement-defined")).isEqualTo(RemarkPlacement.COMPONENTS);
        assertThat(RemarkPlacement.of("accessibility")).isEqualTo(RemarkPlacement.TOP);
        assertThat(RemarkPlacement.of("a-criterion-the-owner-added")).isEqualTo(RemarkPlacement.TOP);
    }
}

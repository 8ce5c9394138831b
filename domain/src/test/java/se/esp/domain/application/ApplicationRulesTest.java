package se.esp.domain.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
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
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ResourceRequirement;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.Setting;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.packaging.VariantCosts;
import se.esp.domain.participant.PersonalIdentityNumber;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;
import se.esp.domain.shared.ViolationCode;

class ApplicationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate START = LocalDate.of(2026, 12, 7);
    /** Born 1981-12-18: 44 on the start day. */
    private static final PersonalIdentityNumber ADULT = PersonalIdentityNumber.parse("19811218-9876");
    private static final ApplicationForm FORM = new ApplicationForm(List.of(
            new FormField("previousEducation", LocalisedText.svEn("Tidigare utbildning", "Previous education"),
                    FieldType.TEXT, true, List.of()),
            new FormField("level", LocalisedText.svEn("Nivå", "Level"), FieldType.CHOICE, false, List.of(
                    new Choice("basic", LocalisedText.svEn("Grundläggande", "Basic")),
                    new Choice("advanced", LocalisedText.svEn("Fördjupad", "Advanced")))),
            new FormField("yearsInSweden", LocalisedText.svEn("År i Sverige", "Years in Sweden"), FieldType.NUMBER,
                    false, List.of()),
            new FormField("arrived", LocalisedText.svEn("Ankomstdatum", "Arrived"), FieldType.DATE, false,
                    List.of()),
            new FormField("interpreter", LocalisedText.svEn("Tolk", "Interpreter"), FieldType.YES_NO, false,
                    List.of())));

    private static PackagingContent content(Eligibility eligibility, boolean askForNumber) {
        return new PackagingContent(LocalisedText.svEn("Studievägledning", "Study guidance"),
                LocalisedText.svEn("Tio träffar.", "Ten sessions."), Phase.PREPARATORY, ServiceArea.STUDY_GUIDANCE,
                Set.of(TargetGroup.NEWLY_ARRIVED), DeliveryMode.DIGITAL, Set.of(LanguageCode.of("ar")),
                List.of(new Component(ComponentKind.GROUP_SESSION, 10, 60, Setting.ONLINE,
                        new ResourceRequirement(new CompetenceCode("study-guidance"), BigDecimal.ONE))),
                new GroupSize(3, 8), eligibility, new ApplicationForm(FORM.fields(), askForNumber), List.of(),
                new CostModel(Money.parse("450.00"), new VariantCosts(Money.ZERO, Money.ZERO, Money.ZERO,
                        BigDecimal.ZERO), null), Money.parse("6500.00"));
    }

    private static Map<String, RawAnswer> answers(Object... keysAndValues) {
        Map<String, RawAnswer> answers = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers.put((String) keysAndValues[i], (RawAnswer) keysAndValues[i + 1]);
        }
        return answers;
    }

    private static List<Violation> violations(Runnable check) {
        try {
            check.run();
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("the application was expected to be refused");
    }

    @Test
    void acceptsValidAnswersAndKeepsThemInANormalForm() {
        List<Answers> answers = ApplicationRules.check(content(new Eligibility(16, 64, Set.of()), false), TODAY,
                LanguageCode.of("ar"), START, List.of(new Applicant(ADULT, Set.of(), answers(
                        "previousEducation", RawAnswer.text("  Gymnasium i Aleppo "),
                        "level", RawAnswer.text("basic"),
                        "yearsInSweden", RawAnswer.number("2.50"),
                        "arrived", RawAnswer.text("2024-03-01"),
                        "interpreter", RawAnswer.bool(true)))));

        assertThat(answers).singleElement().satisfies(a -> assertThat(a.values()).containsExactlyInAnyOrderEntriesOf(
                Map.of("previousEducation", "Gymnasium i Aleppo", "level", "basic", "yearsInSweden", "2.5",
                        "arrived", "2024-03-01", "interpreter", "true")));
    }

    @Test
    void namesEveryFailureOfEveryParticipantByFieldWithAPlainReason() {
        PackagingContent content = content(new Eligibility(16, 64, EnumSet.of(TargetGroup.NEWLY_ARRIVED,
                TargetGroup.PUPILS)), false);
        List<Violation> found = violations(() -> ApplicationRules.check(content, TODAY, LanguageCode.of("ti"),
                LocalDate.of(2026, 11, 1), List.of(
                        new Applicant(ADULT, Set.of(TargetGroup.NEWLY_ARRIVED), answers(
                                "level", RawAnswer.text("expert"),
                                "yearsInSweden", RawAnswer.text("two"),
                                "arrived", RawAnswer.text("1 March"),
                                "interpreter", RawAnswer.text("yes"),
                                "shoeSize", RawAnswer.number("42"))),
                        new Applicant(PersonalIdentityNumber.parse("20140101-0002"), Set.of(TargetGroup.SENIORS),
                                answers("previousEducation", RawAnswer.number("9"))))));

        assertThat(found).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("language", ViolationCode.UNKNOWN_VALUE),
                org.assertj.core.groups.Tuple.tuple("earliestStart", ViolationCode.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("participants[0].answers.shoeSize", ViolationCode.NOT_ALLOWED),
                org.assertj.core.groups.Tuple.tuple("participants[0].answers.previousEducation",
                        ViolationCode.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("participants[0].answers.level", ViolationCode.UNKNOWN_VALUE),
                org.assertj.core.groups.Tuple.tuple("participants[0].answers.yearsInSweden",
                        ViolationCode.INVALID_FORMAT),
                org.assertj.core.groups.Tuple.tuple("participants[0].answers.arrived", ViolationCode.INVALID_FORMAT),
                org.assertj.core.groups.Tuple.tuple("participants[0].answers.interpreter",
                        ViolationCode.INVALID_FORMAT),
                org.assertj.core.groups.Tuple.tuple("participants[1].personalIdentityNumber",
                        ViolationCode.NOT_ELIGIBLE),
                org.assertj.core.groups.Tuple.tuple("participants[1].targetGroups", ViolationCode.NOT_ELIGIBLE),
                org.assertj.core.groups.Tuple.tuple("participants[1].answers.previousEducation",
                        ViolationCode.INVALID_FORMAT));
        assertThat(found).filteredOn(v -> v.field().equals("participants[1].personalIdentityNumber"))
                .singleElement().extracting(Violation::message)
                .isEqualTo("the participant is 12 on 2026-11-01, the earliest start; the offering is for ages 16 to 64");
        assertThat(found).filteredOn(v -> v.field().equals("language")).singleElement()
                .extracting(Violation::message).asString().contains("not delivered in Tigrinya (ti)", "Arabic (ar)");
        assertThat(found).filteredOn(v -> v.field().equals("participants[0].answers.level")).singleElement()
                .extracting(Violation::message).isEqualTo("\"Level\" is answered with one of basic, advanced");
    }

    @Test
    void asksForTheIdentityNumberExactlyWhenTheFormOrAnAgeLimitNeedsIt() {
        Map<String, RawAnswer> valid = answers("previousEducation", RawAnswer.text("Grundskola"));
        PackagingContent ageLimited = content(new Eligibility(16, null, Set.of()), false);
        PackagingContent anybody = content(null, false);
        PackagingContent asking = content(null, true);

        assertThat(violations(() -> ApplicationRules.check(ageLimited, TODAY, LanguageCode.of("ar"), START,
                List.of(new Applicant(null, Set.of(), valid))))).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("participants[0].personalIdentityNumber");
                    assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED);
                    assertThat(v.message()).contains("ages 16 and over");
                });
        assertThat(violations(() -> ApplicationRules.check(anybody, TODAY, LanguageCode.of("ar"), START,
                List.of(new Applicant(ADULT, Set.of(), valid))))).singleElement()
                .extracting(Violation::code).isEqualTo(ViolationCode.NOT_ALLOWED);
        assertThat(ApplicationRules.check(asking, TODAY, LanguageCode.of("ar"), START,
                List.of(new Applicant(ADULT, Set.of(), valid)))).hasSize(1);
        assertThat(ApplicationRules.check(anybody, TODAY, LanguageCode.of("ar"), START,
                List.of(new Applicant(null, Set.of(), valid)))).hasSize(1);
    }

    @Test
    void refusesMoreParticipantsThanTheLargestGroupAndNone() {
        Map<String, RawAnswer> valid = answers("previousEducation", RawAnswer.text("Grundskola"));
        PackagingContent content = content(null, false);
        List<Applicant> nine = java.util.Collections.nCopies(9, new Applicant(null, Set.of(), valid));

        assertThat(violations(() -> ApplicationRules.check(content, TODAY, LanguageCode.of("ar"), START, nine)))
                .extracting(Violation::field).containsExactly("participants");
        assertThat(violations(() -> ApplicationRules.check(content, TODAY, LanguageCode.of("ar"), START, List.of())))
                .extracting(Violation::code).containsExactly(ViolationCode.REQUIRED);
    }

    @Test
    void aMissingTargetGroupIsAskedFor() {
        PackagingContent content = content(new Eligibility(null, null, EnumSet.of(TargetGroup.NEWLY_ARRIVED)), false);

        assertThatThrownBy(() -> ApplicationRules.check(content, TODAY, LanguageCode.of("ar"), START,
                List.of(new Applicant(null, Set.of(), answers("previousEducation", RawAnswer.text("x"))))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("participants[0].targetGroups");
                            assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED);
                            assertThat(v.message()).isEqualTo(
                                    "the offering is for newly arrived; state which of these the participant is");
                        }));
    }
}

package se.esp.adapter.web.console.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.esp.adapter.web.console.ConsoleErrors;
import se.esp.application.port.in.application.ApplicantEntry;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.domain.application.RawAnswer;
import se.esp.domain.packaging.ApplicationForm;
import se.esp.domain.packaging.Choice;
import se.esp.domain.packaging.FieldType;
import se.esp.domain.packaging.FormField;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;
import se.esp.domain.shared.ViolationCode;

class ApplicationFormInputTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 14);
    private static final OfferingVersionId VERSION = OfferingVersionId.newId();
    private static final ApplicationForm FORM = new ApplicationForm(List.of(
            new FormField("previousEducation", LocalisedText.svEn("Tidigare utbildning", "Previous education"),
                    FieldType.TEXT, true, List.of()),
            new FormField("goal", LocalisedText.svEn("Mål", "Goal"), FieldType.CHOICE, true, List.of(
                    new Choice("studies", LocalisedText.svEn("Studier", "Studies")),
                    new Choice("work", LocalisedText.svEn("Arbete", "Work")))),
            new FormField("yearsOfSchool", LocalisedText.svEn("År i skolan", "Years of school"), FieldType.NUMBER,
                    false, List.of()),
            new FormField("needsComputer", LocalisedText.svEn("Behöver dator", "Needs a computer"),
                    FieldType.YES_NO, false, List.of())), true);

    @Test
    void buildsTheSubmissionEveryChannelSendsWithAnswersTypedAsTheApiTypesThem() {
        ApplicationFormInput input = new ApplicationFormInput("ar", START, "console-key");
        ApplicationFormInput.ParticipantInput first = input.getParticipants().get(0);
        first.setName("Testdeltagare Ett");
        first.setPersonalIdentityNumber("19940312-0109");
        first.setTargetGroups(new String[] {"NEWLY_ARRIVED"});
        first.getAnswers().put("previousEducation", " Gymnasium ");
        first.getAnswers().put("goal", "studies");
        first.getAnswers().put("yearsOfSchool", "12,5");
        first.getAnswers().put("needsComputer", "true");
        input.addParticipant("ar");
        ApplicationFormInput.ParticipantInput second = input.getParticipants().get(1);
        second.setName("Testdeltagare Två");
        second.setPersonalIdentityNumber("19970805-0100");
        second.getAnswers().put("goal", "work");
        second.getAnswers().put("previousEducation", "  ");

        SubmitApplicationCommand command = input.command(VERSION, FORM);

        assertThat(command.offeringVersion()).isEqualTo(VERSION);
        assertThat(command.language()).isEqualTo(LanguageCode.of("ar"));
        assertThat(command.earliestStart()).isEqualTo(START);
        assertThat(command.idempotencyKey().value()).isEqualTo("console-key");
        assertThat(command.participants()).hasSize(2);
        ApplicantEntry one = command.participants().get(0);
        assertThat(one.details().name().value()).isEqualTo("Testdeltagare Ett");
        assertThat(one.details().identityNumber()).isEqualTo(se.esp.domain.participant.PersonalIdentityNumber.parse("19940312-0109"));
        assertThat(one.details().preferredLanguage().code()).isEqualTo("ar");
        assertThat(one.targetGroups()).containsExactly(TargetGroup.NEWLY_ARRIVED);
        assertThat(one.answers()).containsEntry("previousEducation", RawAnswer.text("Gymnasium"))
                .containsEntry("goal", RawAnswer.text("studies"))
                .containsEntry("yearsOfSchool", RawAnswer.number("12.5"))
                .containsEntry("needsComputer", RawAnswer.bool(true));
        assertThat(command.participants().get(1).answers()).as("a blank answer is no answer")
                .containsOnlyKeys("goal");
    }

    @Test
    void aNumberThatDoesNotReadAsOneIsPassedAsTextForTheUseCaseToRefuse() {
        assertThat(ApplicationFormInput.raw(FieldType.NUMBER, "tolv").kind()).isEqualTo(RawAnswer.Kind.TEXT);
        assertThat(ApplicationFormInput.raw(FieldType.YES_NO, "kanske").kind()).isEqualTo(RawAnswer.Kind.TEXT);
    }

    @Test
    void refusesEveryWrongValueAtOnceUnderThePathWhoseInputIdThePageGivesIt() {
        ApplicationFormInput input = new ApplicationFormInput("ar", START, "console-key");
        input.addParticipant(null);
        input.getParticipants().get(1).setName("Testdeltagare Två");
        input.getParticipants().get(1).setPersonalIdentityNumber("19970805-0101");

        ValidationException refused = catchThrowableOfType(() -> input.command(VERSION, FORM),
                ValidationException.class);

        assertThat(refused.violations()).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("participants[0].name", ViolationCode.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("participants[1].personalIdentityNumber",
                        ViolationCode.INVALID_CHECK_DIGIT),
                org.assertj.core.groups.Tuple.tuple("participants[1].preferredLanguage", ViolationCode.REQUIRED));
        assertThat(refused.violations()).extracting(v -> ConsoleErrors.inputId(v.field())).containsExactlyInAnyOrder(
                "participants_0__name", "participants_1__personalIdentityNumber", "participants_1__preferredLanguage");
    }

    @Test
    void theUseCasesRefusalsOfAnswersAndAgeNameTheInputsOfThePage() {
        // offering.xhtml gives the inputs these ids; the use case names the fields as the API does
        assertThat(ConsoleErrors.inputId("participants[0].answers.goal")).isEqualTo("participants_0__answers_goal");
        assertThat(ConsoleErrors.inputId("participants[2].personalIdentityNumber"))
                .isEqualTo("participants_2__personalIdentityNumber");
        assertThat(ConsoleErrors.inputId("participants[1].targetGroups")).isEqualTo("participants_1__targetGroups");
    }

    @Test
    void keepsOneParticipantAtLeast() {
        ApplicationFormInput input = new ApplicationFormInput("ar", START, "k");
        input.removeParticipant(0);
        assertThat(input.getParticipants()).hasSize(1);
        input.addParticipant("sv");
        input.removeParticipant(1);
        assertThat(input.getParticipants()).hasSize(1);
    }
}

package se.esp.adapter.common.application;

import java.util.Map;
import java.util.Set;

import jakarta.json.JsonValue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.adapter.common.participant.PersonalData;
import se.esp.domain.packaging.ApplicationForm;
import se.esp.domain.packaging.TargetGroup;

/**
 * One participant of a submission: personal data, the target groups the applying organisation states they belong
 * to, and the answers to the version's form. Answers are kept as the JSON values they are (text, number,
 * true/false): only the version's form says what a valid answer is, and the use case checks them against it.
 */
@Schema(name = "Applicant", description = "A participant applied for: personal data, target groups and answers to "
        + "the offering version's form", additionalProperties = Schema.False.class)
public record ApplicantRequest(
        @Schema(required = true, minLength = 1, maxLength = PersonalData.NAME_MAX_LENGTH, example = "Amina Yusuf",
                description = PersonalData.NAME)
        String name,
        @Schema(maxLength = PersonalData.IDENTITY_NUMBER_MAX_LENGTH, example = "19811218-9876",
                description = PersonalData.IDENTITY_NUMBER)
        String personalIdentityNumber,
        @Schema(required = true, maxLength = PersonalData.LANGUAGE_MAX_LENGTH, example = "ar",
                description = PersonalData.PREFERRED_LANGUAGE)
        String preferredLanguage,
        @Schema(maxLength = PersonalData.EMAIL_MAX_LENGTH, format = "email", example = "amina.yusuf@example.se",
                description = PersonalData.EMAIL)
        String email,
        @Schema(maxLength = PersonalData.PHONE_MAX_LENGTH, example = "+46 70 123 45 67",
                description = PersonalData.PHONE)
        String phone,
        @Schema(maxItems = ApplicantRequest.MAX_TARGET_GROUPS, example = "[\"NEWLY_ARRIVED\"]",
                description = "The target groups the participant belongs to, as the version's eligibility rules name "
                        + "them; none when absent")
        Set<TargetGroup> targetGroups,
        @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                maxItems = ApplicationForm.MAX_FIELDS, maxProperties = ApplicationForm.MAX_FIELDS,
                example = "{\"previousEducation\": \"Gymnasium\", \"yearsInSweden\": 2, \"interpreter\": true}",
                description = "The answers to the version's form by form field: text, a number or true/false, as "
                        + "the field's type asks; null is no answer")
        Map<String, JsonValue> answers) implements PersonalData {

    /** More than there are target groups: a list naming one twice is read as naming it once. */
    public static final int MAX_TARGET_GROUPS = 20;
}

package se.esp.adapter.web.packaging;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.Setting;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.packaging.VariantCosts;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;

/**
 * A packaging's content as the API reads and writes it: the request a supplier sends (POST and PUT
 * {@code /api/packagings}) and the parts every packaging and offering version is written with. The written shape
 * can be sent back unchanged: each view's fields are fields of the matching request. Public because an offering
 * version carries the same content (see {@code offering/OfferingModels}).
 */
public final class ContentModels {

    /** Labels of form fields, options and review criteria are short; longer texts belong in the description. */
    static final int MAX_LABEL_LENGTH = 500;
    /** At most one of each target group; a longer list can only repeat one. */
    static final int MAX_TARGET_GROUPS = 20;
    /** There are fewer ISO 639-1 languages than this. */
    static final int MAX_LANGUAGES = 200;
    static final int MAX_CHOICES = 100;
    static final int MAX_MICRO_CREDENTIALS = 50;

    private ContentModels() {
    }

    // ---------------------------------------------------------------------------------------------------- requests

    @Schema(name = "PackagingContent", description = "What a supplier says about a service. A draft may leave out "
            + "anything; what is given must be valid, and missingForReview (in the answer) lists what review needs. "
            + "A PUT replaces the whole content, and may send back a GET's answer unchanged: its read-only fields "
            + "(id, supplierId, status, draftNumber, version, createdAt, changedAt, reviews, missingForReview) are "
            + "ignored.", additionalProperties = Schema.False.class)
    record ContentRequest(
            @Schema(description = "The title per language (ISO 639-1 code: text of at most 200 characters); "
                    + "Swedish and English are needed before review",
                    example = "{\"sv\": \"Studievägledning online på arabiska\", "
                            + "\"en\": \"Study guidance online, Arabic\"}")
            Map<String, String> titles,
            @Schema(description = "The description per language (ISO 639-1 code: text of at most 8000 characters); "
                    + "Swedish and English are needed before review",
                    example = "{\"sv\": \"Tio gruppträffar med studievägledare.\", "
                            + "\"en\": \"Ten group sessions with a study guide.\"}")
            Map<String, String> descriptions,
            @Schema(description = "The phase of establishment the service belongs to") Phase phase,
            @Schema(description = "The service area") ServiceArea serviceArea,
            @Schema(maxItems = MAX_TARGET_GROUPS, description = "Who the service is for; each at most once")
            List<TargetGroup> targetGroups,
            @Schema(description = "Digital, physical or both") DeliveryMode deliveryMode,
            @Schema(maxItems = MAX_LANGUAGES, description = "The languages it is delivered in, as ISO 639-1 codes",
                    example = "[\"ar\"]")
            List<String> deliveryLanguages,
            @Schema(maxItems = PackagingContent.MAX_COMPONENTS, description = "The parts of the service")
            List<ComponentRequest> components,
            @Schema(description = "How many participants one delivery takes") GroupSizeRequest groupSize,
            @Schema(description = "Who may take part; absent: anybody") EligibilityRequest eligibility,
            @Schema(maxItems = ApplicationForm.MAX_FIELDS,
                    description = "The fields an application fills in per participant; each key at most once")
            List<FormFieldRequest> applicationForm,
            @Schema(description = "Whether an application gives each participant's personal identity number (an "
                    + "age limit in the eligibility asks for it too); false when absent")
            Boolean identityNumberRequired,
            @Schema(maxItems = MAX_MICRO_CREDENTIALS, description = "Codes of the micro-credentials the service "
                    + "leads to: 2-60 letters, digits, '.', '-' or '_'", example = "[\"care-assistant-1\"]")
            List<String> microCredentials,
            @Schema(description = "What a delivery costs the supplier") CostModelRequest costModel,
            @Schema(type = SchemaType.STRING, format = "decimal", minimum = "0", exclusiveMinimum = true,
                    example = "6500.00", description = "What a consumer pays per participant, in kronor (SEK) "
                            + "with at most two decimals; above 0")
            BigDecimal pricePerParticipant,
            @Schema(minimum = "1", maximum = "" + PackagingContent.MAX_SESSIONS_PER_WEEK, example = "2",
                    description = "How many of the sessions that need a resource run in one week; one when absent")
            Integer sessionsPerWeek,
            @Schema(description = "How a co-delivery's cost is split between its consumer organisations; "
                    + "PER_PARTICIPANT when absent")
            CostSplitRule costSplitRule) {
    }

    @Schema(name = "PackagingComponentInput", description = "A part of the service, e.g. 10 online group "
            + "sessions of 60 minutes, each needing a study guide for 1.5 hours",
            additionalProperties = Schema.False.class)
    record ComponentRequest(
            @Schema(required = true) ComponentKind kind,
            @Schema(required = true, minimum = "1", maximum = "" + Component.MAX_COUNT, example = "10",
                    description = "How many times it occurs in one delivery")
            Integer count,
            @Schema(required = true, minimum = "1", maximum = "" + Component.MAX_DURATION_MINUTES, example = "60",
                    description = "How long one occurrence takes, in minutes (at most a week)")
            Integer durationMinutes,
            @Schema(name = "setting", required = true, description = "Online or on site") Setting setting,
            @Schema(description = "The person each occurrence needs; absent when none does (self-study)")
            ResourceRequest resource) {

        /**
         * Declared, so that it does not carry the component's {@code @Schema}: the document's scanner takes an
         * annotated {@code setting()} for the setter of a second, required property "ting" (the binder and the
         * writer read the component, which keeps its annotation).
         */
        @Override
        public Setting setting() {
            return setting;
        }
    }

    @Schema(name = "PackagingResourceRequirementInput", description = "The resource one occurrence of a component "
            + "needs", additionalProperties = Schema.False.class)
    record ResourceRequest(
            @Schema(required = true, minLength = 1, maxLength = CompetenceCode.MAX_LENGTH,
                    example = "study-guide", description = "The competence: lower-case letters and digits joined "
                            + "by hyphens")
            String competence,
            @Schema(required = true, minimum = "0", exclusiveMinimum = true, maximum = "1000", multipleOf = 0.25,
                    example = "1.5", description = "Hours per occurrence (delivery and preparation), in whole "
                            + "quarter hours; a number or a decimal string")
            BigDecimal hours) {
    }

    @Schema(name = "PackagingGroupSizeInput", description = "Participants per delivery, at least and at most",
            additionalProperties = Schema.False.class)
    record GroupSizeRequest(
            @Schema(required = true, minimum = "1", maximum = "" + GroupSize.MAXIMUM, example = "4",
                    description = "Not above max")
            Integer min,
            @Schema(required = true, minimum = "1", maximum = "" + GroupSize.MAXIMUM, example = "12") Integer max) {
    }

    @Schema(name = "PackagingEligibilityInput", description = "Who may take part: an age range (either end open) "
            + "and target groups (none: anybody)", additionalProperties = Schema.False.class)
    record EligibilityRequest(
            @Schema(minimum = "0", maximum = "" + Eligibility.OLDEST, example = "16",
                    description = "The youngest age admitted, not above maxAge; absent: no lower limit")
            Integer minAge,
            @Schema(minimum = "0", maximum = "" + Eligibility.OLDEST, example = "64",
                    description = "The oldest age admitted; absent: no upper limit")
            Integer maxAge,
            @Schema(maxItems = MAX_TARGET_GROUPS) List<TargetGroup> targetGroups) {
    }

    @Schema(name = "PackagingFormFieldInput", description = "A field of the application form",
            additionalProperties = Schema.False.class)
    record FormFieldRequest(
            @Schema(required = true, example = "level", description = "The key the answer is stored under: a "
                    + "lower-case letter, then at most 39 letters, digits, '-' or '_'")
            String key,
            @Schema(description = "The label per language (text of at most 500 characters); at least one",
                    example = "{\"sv\": \"Nivå\", \"en\": \"Level\"}")
            Map<String, String> label,
            @Schema(required = true) FieldType type,
            @Schema(description = "Whether an answer is required; false when absent") Boolean required,
            @Schema(maxItems = MAX_CHOICES, description = "The options of a CHOICE field (at least two); none for "
                    + "the other types")
            List<ChoiceRequest> choices) {
    }

    @Schema(name = "PackagingFormChoiceInput", description = "One option of a choice field",
            additionalProperties = Schema.False.class)
    record ChoiceRequest(
            @Schema(required = true, example = "basic", description = "The value stored in an answer: 1-40 "
                    + "letters, digits, '-' or '_', each value once per field")
            String value,
            @Schema(required = true, description = "The label per language (text of at most 500 characters); at "
                    + "least one", example = "{\"sv\": \"Grundnivå\", \"en\": \"Basic\"}")
            Map<String, String> label) {
    }

    @Schema(name = "PackagingCostModelInput", description = "What one delivery costs the supplier: the resources' "
            + "hourly rate and each variant's fixed costs (the resource hours come from the components)",
            additionalProperties = Schema.False.class)
    record CostModelRequest(
            @Schema(required = true, type = SchemaType.STRING, format = "decimal", minimum = "0",
                    exclusiveMinimum = true, example = "450.00", description = "Kronor per resource hour, at most "
                            + "two decimals; above 0")
            BigDecimal hourlyRate,
            @Schema(description = "The digital variant's fixed costs; none when absent") VariantCostsRequest digital,
            @Schema(description = "The physical variant's fixed costs; none when absent")
            VariantCostsRequest physical) {
    }

    @Schema(name = "PackagingVariantCostsInput", description = "The fixed costs of one delivery in one variant; "
            + "absent amounts are 0", additionalProperties = Schema.False.class)
    record VariantCostsRequest(
            @Schema(type = SchemaType.STRING, format = "decimal", minimum = "0", example = "300.00",
                    description = "Kronor, at most two decimals") BigDecimal materials,
            @Schema(type = SchemaType.STRING, format = "decimal", minimum = "0", example = "1200.00",
                    description = "Kronor, at most two decimals") BigDecimal licences,
            @Schema(type = SchemaType.STRING, format = "decimal", minimum = "0", example = "0.00",
                    description = "Kronor, at most two decimals") BigDecimal premises,
            @Schema(minimum = "0", maximum = "1000", multipleOf = 0.25, example = "4",
                    description = "Resource hours the variant needs beyond the components' (travel to a physical "
                            + "meeting), in whole quarter hours")
            BigDecimal extraResourceHours) {
    }

    // --------------------------------------------------------------------------------------------------- responses

    @Schema(name = "PackagingComponent", description = "A part of the service",
            additionalProperties = Schema.False.class)
    public record ComponentView(
            @Schema(required = true) ComponentKind kind,
            @Schema(required = true, example = "10", description = "Occurrences in one delivery") int count,
            @Schema(required = true, example = "60") int durationMinutes,
            @Schema(name = "setting", required = true, description = "Online or on site") Setting setting,
            @Schema(required = true, nullable = true, description = "null when no person is needed")
            ResourceView resource) {

        /**
         * Declared, so that it does not carry the component's {@code @Schema}: the document's scanner takes an
         * annotated {@code setting()} for the setter of a second, required property "ting" (the binder and the
         * writer read the component, which keeps its annotation).
         */
        @Override
        public Setting setting() {
            return setting;
        }

        static ComponentView of(Component component) {
            return new ComponentView(component.kind(), component.count(), component.durationMinutes(),
                    component.setting(), component.resource() == null ? null : new ResourceView(
                            component.resource().competence().value(), component.resource().hours()));
        }
    }

    @Schema(name = "PackagingResourceRequirement", description = "The resource one occurrence needs",
            additionalProperties = Schema.False.class)
    public record ResourceView(
            @Schema(required = true, example = "study-guide") String competence,
            @Schema(required = true, example = "1.5", description = "Hours per occurrence") BigDecimal hours) {
    }

    @Schema(name = "PackagingGroupSize", additionalProperties = Schema.False.class)
    public record GroupSizeView(
            @Schema(required = true, example = "4") int min,
            @Schema(required = true, example = "12") int max) {
    }

    @Schema(name = "PackagingEligibility", additionalProperties = Schema.False.class)
    public record EligibilityView(
            @Schema(required = true, nullable = true, example = "16", description = "null: no lower limit")
            Integer minAge,
            @Schema(required = true, nullable = true, example = "64", description = "null: no upper limit")
            Integer maxAge,
            @Schema(required = true, description = "By name; empty: anybody") List<TargetGroup> targetGroups) {
    }

    @Schema(name = "PackagingFormField", additionalProperties = Schema.False.class)
    public record FormFieldView(
            @Schema(required = true, example = "level") String key,
            @Schema(required = true, example = "{\"sv\": \"Nivå\", \"en\": \"Level\"}") Map<String, String> label,
            @Schema(required = true) FieldType type,
            @Schema(required = true) boolean required,
            @Schema(required = true, description = "Empty unless the type is CHOICE") List<ChoiceView> choices) {

        static FormFieldView of(FormField field) {
            return new FormFieldView(field.key(), texts(field.label()), field.type(), field.required(),
                    field.choices().stream().map(ChoiceView::of).toList());
        }
    }

    @Schema(name = "PackagingFormChoice", additionalProperties = Schema.False.class)
    public record ChoiceView(
            @Schema(required = true, example = "basic") String value,
            @Schema(required = true, example = "{\"sv\": \"Grundnivå\", \"en\": \"Basic\"}")
            Map<String, String> label) {

        static ChoiceView of(Choice choice) {
            return new ChoiceView(choice.value(), texts(choice.label()));
        }
    }

    @Schema(name = "PackagingCostModel", additionalProperties = Schema.False.class)
    public record CostModelView(
            @Schema(required = true, format = "decimal", example = "450.00", description = "Kronor per resource hour")
            String hourlyRate,
            @Schema(required = true) VariantCostsView digital,
            @Schema(required = true) VariantCostsView physical) {

        static CostModelView of(CostModel model) {
            return new CostModelView(model.hourlyRate().toPlainString(), VariantCostsView.of(model.digital()),
                    VariantCostsView.of(model.physical()));
        }
    }

    @Schema(name = "PackagingVariantCosts", additionalProperties = Schema.False.class)
    public record VariantCostsView(
            @Schema(required = true, format = "decimal", example = "300.00") String materials,
            @Schema(required = true, format = "decimal", example = "1200.00") String licences,
            @Schema(required = true, format = "decimal", example = "0.00") String premises,
            @Schema(required = true, example = "0") BigDecimal extraResourceHours) {

        static VariantCostsView of(VariantCosts costs) {
            return new VariantCostsView(costs.materials().toPlainString(), costs.licences().toPlainString(),
                    costs.premises().toPlainString(), costs.extraResourceHours());
        }
    }

    /**
     * The content's parts as written, for the views that carry a content beside their own fields (a packaging, an
     * offering version): the API writes the content flat in them, as it reads it.
     */
    public record Content(Map<String, String> titles, Map<String, String> descriptions, Phase phase,
                          ServiceArea serviceArea, List<TargetGroup> targetGroups, DeliveryMode deliveryMode,
                          List<String> deliveryLanguages, List<ComponentView> components, GroupSizeView groupSize,
                          EligibilityView eligibility, List<FormFieldView> applicationForm,
                          boolean identityNumberRequired, Integer sessionsPerWeek, CostSplitRule costSplitRule,
                          List<String> microCredentials, CostModelView costModel, String pricePerParticipant) {

        public static Content of(PackagingContent c) {
            return new Content(texts(c.titles()), texts(c.descriptions()), c.phase(), c.serviceArea(),
                    names(c.targetGroups()), c.deliveryMode(),
                    c.deliveryLanguages().stream().map(LanguageCode::value).toList(),
                    c.components().stream().map(ComponentView::of).toList(),
                    c.groupSize() == null ? null : new GroupSizeView(c.groupSize().min(), c.groupSize().max()),
                    c.eligibility() == null ? null : new EligibilityView(c.eligibility().minAge(),
                            c.eligibility().maxAge(), names(c.eligibility().targetGroups())),
                    c.applicationForm().fields().stream().map(FormFieldView::of).toList(),
                    c.applicationForm().identityNumberRequired(), c.sessionsPerWeek(), c.costSplitRule(),
                    c.microCredentials().stream().map(MicroCredentialRef::code).toList(),
                    c.costModel() == null ? null : CostModelView.of(c.costModel()),
                    c.pricePerParticipant() == null ? null : c.pricePerParticipant().toPlainString());
        }
    }

    /** Texts by language code, in the order of the codes. */
    public static Map<String, String> texts(LocalisedText text) {
        Map<String, String> texts = new LinkedHashMap<>();
        text.texts().forEach((language, value) -> texts.put(language.value(), value));
        return texts;
    }

    /** Enum values by name, sorted, as the API has always listed them. */
    static <E extends Enum<E>> List<E> names(Set<E> values) {
        return values.stream().sorted(Comparator.comparing(Enum::name)).toList();
    }
}

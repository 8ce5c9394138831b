package se.esp.adapter.web.console.supplier;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * What the packaging editor's inputs hold, and the content they make. Swedish and English have inputs of their own
 * ({@code titles_sv}, {@code descriptions_en}…, where a missing text is reported), any further language is a row;
 * components, form fields and a field's choices are rows the editor adds and removes. {@link #toContent()} builds the
 * domain's {@link PackagingContent} and reports every refusal under the field the editor's input is named after
 * ({@code groupSize.min}, {@code costModel.hourlyRate}, {@code components[1].count}), all at once; a row left
 * entirely empty is no row. A draft may be incomplete: what is not filled in is simply absent.
 */
public final class PackagingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String titleSv;
    private String titleEn;
    private String descriptionSv;
    private String descriptionEn;
    private List<TextRow> otherLanguages = new ArrayList<>();
    private Phase phase;
    private ServiceArea serviceArea;
    private List<TargetGroup> targetGroups = new ArrayList<>();
    private DeliveryMode deliveryMode;
    private String deliveryLanguages;
    private List<ComponentRow> components = new ArrayList<>();
    private Integer groupMin;
    private Integer groupMax;
    private Integer minAge;
    private Integer maxAge;
    private List<TargetGroup> eligibleGroups = new ArrayList<>();
    private List<FieldRow> fields = new ArrayList<>();
    private boolean identityNumberRequired;
    private String microCredentials;
    private Money hourlyRate;
    private VariantRow digital = new VariantRow();
    private VariantRow physical = new VariantRow();
    private Money price;
    private Integer sessionsPerWeek;
    private CostSplitRule costSplitRule = CostSplitRule.PER_PARTICIPANT;

    /** An empty form with one empty component row, as a new packaging starts. */
    public static PackagingForm empty() {
        PackagingForm form = new PackagingForm();
        form.components.add(new ComponentRow());
        return form;
    }

    /** The inputs showing a stored packaging's content. */
    public static PackagingForm of(PackagingContent content) {
        PackagingForm form = new PackagingForm();
        form.titleSv = content.titles().in(LanguageCode.SWEDISH).orElse(null);
        form.titleEn = content.titles().in(LanguageCode.ENGLISH).orElse(null);
        form.descriptionSv = content.descriptions().in(LanguageCode.SWEDISH).orElse(null);
        form.descriptionEn = content.descriptions().in(LanguageCode.ENGLISH).orElse(null);
        Set<LanguageCode> others = new java.util.TreeSet<>(content.titles().languages());
        others.addAll(content.descriptions().languages());
        others.remove(LanguageCode.SWEDISH);
        others.remove(LanguageCode.ENGLISH);
        for (LanguageCode language : others) {
            TextRow row = new TextRow();
            row.language = language.value();
            row.title = content.titles().in(language).orElse(null);
            row.description = content.descriptions().in(language).orElse(null);
            form.otherLanguages.add(row);
        }
        form.phase = content.phase();
        form.serviceArea = content.serviceArea();
        form.targetGroups = new ArrayList<>(content.targetGroups());
        form.deliveryMode = content.deliveryMode();
        form.deliveryLanguages = content.deliveryLanguages().stream().map(LanguageCode::value)
                .collect(Collectors.joining(", "));
        for (Component component : content.components()) {
            ComponentRow row = new ComponentRow();
            row.kind = component.kind();
            row.count = component.count();
            row.durationMinutes = component.durationMinutes();
            row.setting = component.setting();
            if (component.resource() != null) {
                row.competence = component.resource().competence().value();
                row.hours = component.resource().hours();
            }
            form.components.add(row);
        }
        if (content.groupSize() != null) {
            form.groupMin = content.groupSize().min();
            form.groupMax = content.groupSize().max();
        }
        if (content.eligibility() != null) {
            form.minAge = content.eligibility().minAge();
            form.maxAge = content.eligibility().maxAge();
            form.eligibleGroups = new ArrayList<>(content.eligibility().targetGroups());
        }
        for (FormField field : content.applicationForm().fields()) {
            FieldRow row = new FieldRow();
            row.key = field.key();
            row.labelSv = field.label().in(LanguageCode.SWEDISH).orElse(null);
            row.labelEn = field.label().in(LanguageCode.ENGLISH).orElse(null);
            row.type = field.type();
            row.required = field.required();
            for (Choice choice : field.choices()) {
                ChoiceRow option = new ChoiceRow();
                option.value = choice.value();
                option.labelSv = choice.label().in(LanguageCode.SWEDISH).orElse(null);
                option.labelEn = choice.label().in(LanguageCode.ENGLISH).orElse(null);
                row.choices.add(option);
            }
            form.fields.add(row);
        }
        form.identityNumberRequired = content.applicationForm().identityNumberRequired();
        form.microCredentials = content.microCredentials().stream().map(MicroCredentialRef::code)
                .collect(Collectors.joining(", "));
        if (content.costModel() != null) {
            form.hourlyRate = content.costModel().hourlyRate();
            form.digital = VariantRow.of(content.costModel().digital());
            form.physical = VariantRow.of(content.costModel().physical());
        }
        form.price = content.pricePerParticipant();
        form.sessionsPerWeek = content.sessionsPerWeek();
        form.costSplitRule = content.costSplitRule();
        if (form.components.isEmpty()) {
            form.components.add(new ComponentRow());
        }
        return form;
    }

    /**
     * The content the inputs make.
     *
     * @throws ValidationException every input that cannot be part of a packaging, by the field the editor names it
     */
    public PackagingContent toContent() {
        Violations violations = new Violations();
        Map<LanguageCode, String> titles = new LinkedHashMap<>();
        Map<LanguageCode, String> descriptions = new LinkedHashMap<>();
        put(titles, LanguageCode.SWEDISH, titleSv);
        put(titles, LanguageCode.ENGLISH, titleEn);
        put(descriptions, LanguageCode.SWEDISH, descriptionSv);
        put(descriptions, LanguageCode.ENGLISH, descriptionEn);
        for (int i = 0; i < otherLanguages.size(); i++) {
            TextRow row = otherLanguages.get(i);
            if (blank(row.language) && blank(row.title) && blank(row.description)) {
                continue;
            }
            String field = "otherLanguages[" + i + "].language";
            LanguageCode language = blank(row.language) ? null : violations.check(field, () -> LanguageCode.of(row.language));
            if (blank(row.language)) {
                violations.add(field, ViolationCode.REQUIRED, "which language is the text in?");
            } else if (language != null && (titles.containsKey(language) && !blank(row.title)
                    || descriptions.containsKey(language) && !blank(row.description))) {
                violations.add(field, ViolationCode.NOT_ALLOWED, "the language " + language + " is given twice");
            } else if (language != null) {
                put(titles, language, row.title);
                put(descriptions, language, row.description);
            }
        }
        LocalisedText titleTexts = violations.checkNested("titles", () -> new LocalisedText(titles));
        LocalisedText descriptionTexts = violations.checkNested("descriptions", () -> new LocalisedText(descriptions));

        Set<LanguageCode> languages = new LinkedHashSet<>();
        for (String code : codes(deliveryLanguages)) {
            LanguageCode language = violations.check("deliveryLanguages", () -> LanguageCode.of(code));
            if (language != null) {
                languages.add(language);
            }
        }

        List<Component> componentList = fromRows(components, "components", ComponentRow::isEmpty,
                (row, prefix) -> component(violations, row, prefix));

        GroupSize groupSize = null;
        if (groupMin != null || groupMax != null) {
            groupSize = violations.checkNested("groupSize", () -> new GroupSize(
                    groupMin == null ? 0 : groupMin, groupMax == null ? 0 : groupMax));
        }
        Eligibility eligibility = null;
        if (minAge != null || maxAge != null || !eligibleGroups.isEmpty()) {
            eligibility = violations.checkNested("eligibility", () -> new Eligibility(minAge, maxAge,
                    eligibleGroups.isEmpty() ? Set.of() : EnumSet.copyOf(eligibleGroups)));
        }

        List<FormField> formFields = fromRows(fields, "fields", FieldRow::isEmpty,
                (row, prefix) -> field(violations, row, prefix));
        ApplicationForm applicationForm = violations.checkNested("applicationForm",
                () -> new ApplicationForm(formFields, identityNumberRequired));

        List<MicroCredentialRef> credentials = new ArrayList<>();
        for (String code : codes(microCredentials)) {
            MicroCredentialRef credential = violations.check("microCredentials", () -> new MicroCredentialRef(code));
            if (credential != null) {
                credentials.add(credential);
            }
        }

        CostModel costModel = null;
        VariantCosts digitalCosts = violations.checkNested("costModel.digital", digital::toCosts);
        VariantCosts physicalCosts = violations.checkNested("costModel.physical", physical::toCosts);
        if (hourlyRate != null) {
            costModel = violations.checkNested("costModel", () -> new CostModel(hourlyRate, digitalCosts,
                    physicalCosts));
        } else if (!digital.isEmpty() || !physical.isEmpty()) {
            violations.add("costModel.hourlyRate", ViolationCode.REQUIRED, "the costs need the resources' hourly rate");
        }

        violations.throwIfAny();
        return new PackagingContent(titleTexts, descriptionTexts, phase, serviceArea,
                targetGroups.isEmpty() ? Set.of() : EnumSet.copyOf(targetGroups), deliveryMode, languages,
                componentList, groupSize, eligibility, applicationForm, credentials, costModel, price,
                sessionsPerWeek, costSplitRule);
    }

    /**
     * The values the filled-in rows of a list make, each checked under its path ({@code components[2]}). An empty row
     * is passed over but keeps its index, so a path names the row the editor shows; a refused row is left out, its
     * violations recorded.
     */
    private static <R, V> List<V> fromRows(List<R> rows, String list, Predicate<R> empty,
                                           BiFunction<R, String, V> make) {
        List<V> values = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            if (!empty.test(row)) {
                V value = make.apply(row, list + "[" + i + "]");
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    private static Component component(Violations violations, ComponentRow row, String prefix) {
        ResourceRequirement resource = null;
        if (!blank(row.competence) || row.hours != null) {
            CompetenceCode competence = blank(row.competence) ? null
                    : violations.check(prefix + ".competence", () -> CompetenceCode.of(row.competence.strip()));
            if (blank(row.competence)) {
                violations.add(prefix + ".competence", ViolationCode.REQUIRED, "which competence do the hours need?");
            }
            if (competence != null) {
                resource = violations.checkNested(prefix, () -> new ResourceRequirement(competence, row.hours));
            }
        }
        ResourceRequirement needed = resource;
        return violations.checkNested(prefix, () -> new Component(row.kind,
                row.count == null ? 0 : row.count, row.durationMinutes == null ? 0 : row.durationMinutes,
                row.setting, needed));
    }

    private static FormField field(Violations violations, FieldRow row, String prefix) {
        List<Choice> choices = fromRows(row.choices, prefix + ".choices", ChoiceRow::isEmpty,
                (option, path) -> violations.checkNested(path, () -> new Choice(
                        option.value == null ? null : option.value.strip(), svEn(option.labelSv, option.labelEn))));
        if (violations.concernsBelow(prefix + ".choices")) {
            return null; // the field itself is judged once its options are right
        }
        return violations.checkNested(prefix, () -> new FormField(
                row.key == null ? null : row.key.strip(), svEn(row.labelSv, row.labelEn), row.type, row.required,
                choices));
    }

    public void addLanguage() {
        otherLanguages.add(new TextRow());
    }

    public void removeLanguage(int index) {
        otherLanguages.remove(index);
    }

    public void addComponent() {
        components.add(new ComponentRow());
    }

    public void removeComponent(int index) {
        components.remove(index);
    }

    /** A new field; a choice field starts with two empty options. */
    public void addField() {
        fields.add(new FieldRow());
    }

    public void removeField(int index) {
        fields.remove(index);
    }

    public void addChoice(int field) {
        fields.get(field).choices.add(new ChoiceRow());
    }

    public void removeChoice(int field, int choice) {
        fields.get(field).choices.remove(choice);
    }

    private static LocalisedText svEn(String swedish, String english) {
        Map<LanguageCode, String> texts = new LinkedHashMap<>();
        put(texts, LanguageCode.SWEDISH, swedish);
        put(texts, LanguageCode.ENGLISH, english);
        return new LocalisedText(texts);
    }

    private static void put(Map<LanguageCode, String> texts, LanguageCode language, String text) {
        if (!blank(text)) {
            texts.put(language, text.strip());
        }
    }

    /** Codes typed with commas or spaces between them: {@code ar, sv}. */
    static List<String> codes(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,;\\s]+")).map(String::strip)
                .filter(code -> !code.isEmpty()).distinct().toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A title and a description in a language beyond Swedish and English. */
    public static final class TextRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String language;
        private String title;
        private String description;

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    /** One component, and the resource each occurrence needs (none when the competence is empty). */
    public static final class ComponentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private ComponentKind kind;
        private Integer count;
        private Integer durationMinutes;
        private Setting setting;
        private String competence;
        private BigDecimal hours;

        boolean isEmpty() {
            return kind == null && count == null && durationMinutes == null && setting == null && blank(competence)
                    && hours == null;
        }

        public ComponentKind getKind() {
            return kind;
        }

        public void setKind(ComponentKind kind) {
            this.kind = kind;
        }

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }

        public Integer getDurationMinutes() {
            return durationMinutes;
        }

        public void setDurationMinutes(Integer durationMinutes) {
            this.durationMinutes = durationMinutes;
        }

        public Setting getSetting() {
            return setting;
        }

        public void setSetting(Setting setting) {
            this.setting = setting;
        }

        public String getCompetence() {
            return competence;
        }

        public void setCompetence(String competence) {
            this.competence = competence;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }
    }

    /** A field of the application form, with its choices when it is a choice. */
    public static final class FieldRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private String labelSv;
        private String labelEn;
        private FieldType type;
        private boolean required;
        private List<ChoiceRow> choices = new ArrayList<>();

        boolean isEmpty() {
            return blank(key) && blank(labelSv) && blank(labelEn) && type == null
                    && choices.stream().allMatch(ChoiceRow::isEmpty);
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getLabelSv() {
            return labelSv;
        }

        public void setLabelSv(String labelSv) {
            this.labelSv = labelSv;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public FieldType getType() {
            return type;
        }

        public void setType(FieldType type) {
            this.type = type;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public List<ChoiceRow> getChoices() {
            return choices;
        }
    }

    /** One option of a choice field: the stored value and its label in Swedish and English. */
    public static final class ChoiceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String value;
        private String labelSv;
        private String labelEn;

        boolean isEmpty() {
            return blank(value) && blank(labelSv) && blank(labelEn);
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getLabelSv() {
            return labelSv;
        }

        public void setLabelSv(String labelSv) {
            this.labelSv = labelSv;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }
    }

    /** The fixed costs of a delivery in one variant and the resource hours it adds. */
    public static final class VariantRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Money materials;
        private Money licences;
        private Money premises;
        private BigDecimal extraResourceHours;

        static VariantRow of(VariantCosts costs) {
            VariantRow row = new VariantRow();
            row.materials = costs.materials().isZero() ? null : costs.materials();
            row.licences = costs.licences().isZero() ? null : costs.licences();
            row.premises = costs.premises().isZero() ? null : costs.premises();
            row.extraResourceHours = costs.extraResourceHours().signum() == 0 ? null : costs.extraResourceHours();
            return row;
        }

        boolean isEmpty() {
            return materials == null && licences == null && premises == null && extraResourceHours == null;
        }

        VariantCosts toCosts() {
            return new VariantCosts(materials, licences, premises, extraResourceHours);
        }

        public Money getMaterials() {
            return materials;
        }

        public void setMaterials(Money materials) {
            this.materials = materials;
        }

        public Money getLicences() {
            return licences;
        }

        public void setLicences(Money licences) {
            this.licences = licences;
        }

        public Money getPremises() {
            return premises;
        }

        public void setPremises(Money premises) {
            this.premises = premises;
        }

        public BigDecimal getExtraResourceHours() {
            return extraResourceHours;
        }

        public void setExtraResourceHours(BigDecimal extraResourceHours) {
            this.extraResourceHours = extraResourceHours;
        }
    }

    // ---- the inputs' properties ----

    public String getTitleSv() {
        return titleSv;
    }

    public void setTitleSv(String titleSv) {
        this.titleSv = titleSv;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionSv() {
        return descriptionSv;
    }

    public void setDescriptionSv(String descriptionSv) {
        this.descriptionSv = descriptionSv;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public List<TextRow> getOtherLanguages() {
        return otherLanguages;
    }

    public Phase getPhase() {
        return phase;
    }

    public void setPhase(Phase phase) {
        this.phase = phase;
    }

    public ServiceArea getServiceArea() {
        return serviceArea;
    }

    public void setServiceArea(ServiceArea serviceArea) {
        this.serviceArea = serviceArea;
    }

    /** An array, so Faces converts the checkboxes' values to the enum. */
    public TargetGroup[] getTargetGroups() {
        return targetGroups.toArray(TargetGroup[]::new);
    }

    public void setTargetGroups(TargetGroup[] targetGroups) {
        this.targetGroups = targetGroups == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(targetGroups));
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public void setDeliveryMode(DeliveryMode deliveryMode) {
        this.deliveryMode = deliveryMode;
    }

    public String getDeliveryLanguages() {
        return deliveryLanguages;
    }

    public void setDeliveryLanguages(String deliveryLanguages) {
        this.deliveryLanguages = deliveryLanguages;
    }

    public List<ComponentRow> getComponents() {
        return components;
    }

    public Integer getGroupMin() {
        return groupMin;
    }

    public void setGroupMin(Integer groupMin) {
        this.groupMin = groupMin;
    }

    public Integer getGroupMax() {
        return groupMax;
    }

    public void setGroupMax(Integer groupMax) {
        this.groupMax = groupMax;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public TargetGroup[] getEligibleGroups() {
        return eligibleGroups.toArray(TargetGroup[]::new);
    }

    public void setEligibleGroups(TargetGroup[] eligibleGroups) {
        this.eligibleGroups = eligibleGroups == null ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(eligibleGroups));
    }

    public List<FieldRow> getFields() {
        return fields;
    }

    public boolean isIdentityNumberRequired() {
        return identityNumberRequired;
    }

    public void setIdentityNumberRequired(boolean identityNumberRequired) {
        this.identityNumberRequired = identityNumberRequired;
    }

    public String getMicroCredentials() {
        return microCredentials;
    }

    public void setMicroCredentials(String microCredentials) {
        this.microCredentials = microCredentials;
    }

    public Money getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(Money hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public VariantRow getDigital() {
        return digital;
    }

    public VariantRow getPhysical() {
        return physical;
    }

    public Money getPrice() {
        return price;
    }

    public void setPrice(Money price) {
        this.price = price;
    }

    public Integer getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public void setSessionsPerWeek(Integer sessionsPerWeek) {
        this.sessionsPerWeek = sessionsPerWeek;
    }

    public CostSplitRule getCostSplitRule() {
        return costSplitRule;
    }

    public void setCostSplitRule(CostSplitRule costSplitRule) {
        this.costSplitRule = costSplitRule;
    }
}

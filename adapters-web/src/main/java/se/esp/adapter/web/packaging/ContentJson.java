package se.esp.adapter.web.packaging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import se.esp.adapter.web.json.JsonTree;
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
import se.esp.domain.shared.ViolationCode;

/**
 * A packaging's content as JSON, read strictly (every refusal named by its path) and written in the same shape,
 * so what a GET returns can be sent back with a PUT. Amounts are kronor as numbers with at most two decimals.
 */
public final class ContentJson {

    private ContentJson() {
    }

    /** Reads the content fields of a body; refusals are recorded in the tree, nothing is thrown here. */
    public static PackagingContent read(JsonTree body) {
        LocalisedText titles = localised(body, "titles", PackagingContent.MAX_TITLE_LENGTH);
        LocalisedText descriptions = localised(body, "descriptions", PackagingContent.MAX_DESCRIPTION_LENGTH);
        Phase phase = body.enumValue("phase", Phase.class);
        ServiceArea serviceArea = body.enumValue("serviceArea", ServiceArea.class);
        Set<TargetGroup> targetGroups = body.enums("targetGroups", TargetGroup.class);
        DeliveryMode deliveryMode = body.enumValue("deliveryMode", DeliveryMode.class);
        Set<LanguageCode> languages = new TreeSet<>();
        List<String> codes = body.texts("deliveryLanguages");
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            LanguageCode language = body.check("deliveryLanguages[" + i + "]", () -> LanguageCode.of(code));
            if (language != null) {
                languages.add(language);
            }
        }
        List<Component> components = new ArrayList<>();
        for (JsonTree item : body.objects("components")) {
            Component component = component(item);
            if (component != null) {
                components.add(component);
            }
        }
        GroupSize groupSize = groupSize(body.object("groupSize"));
        Eligibility eligibility = eligibility(body.object("eligibility"));
        List<FormField> fields = new ArrayList<>();
        for (JsonTree item : body.objects("applicationForm")) {
            FormField field = formField(item);
            if (field != null) {
                fields.add(field);
            }
        }
        Boolean identityNumberRequired = body.bool("identityNumberRequired");
        ApplicationForm form = body.check("applicationForm", () -> new ApplicationForm(fields,
                Boolean.TRUE.equals(identityNumberRequired)));
        List<MicroCredentialRef> credentials = new ArrayList<>();
        List<String> credentialCodes = body.texts("microCredentials");
        for (int i = 0; i < credentialCodes.size(); i++) {
            String code = credentialCodes.get(i);
            MicroCredentialRef ref = body.check("microCredentials[" + i + "]", () -> new MicroCredentialRef(code));
            if (ref != null) {
                credentials.add(ref);
            }
        }
        CostModel costModel = costModel(body.object("costModel"));
        Money price = body.money("pricePerParticipant");
        Integer sessionsPerWeek = body.integer("sessionsPerWeek");
        CostSplitRule costSplitRule = body.enumValue("costSplitRule", CostSplitRule.class);
        if (!body.isValidSoFar()) {
            return null;
        }
        return body.checkHere(() -> new PackagingContent(titles, descriptions, phase, serviceArea, targetGroups,
                deliveryMode, languages, components, groupSize, eligibility, form, credentials, costModel, price,
                sessionsPerWeek, costSplitRule));
    }

    private static LocalisedText localised(JsonTree tree, String field, int maxLength) {
        Map<String, String> raw = tree.textMap(field);
        return raw.isEmpty() ? LocalisedText.empty() : tree.checkNested(field, () -> LocalisedText.parse(raw, maxLength));
    }

    private static Component component(JsonTree item) {
        ComponentKind kind = item.requiredEnum("kind", ComponentKind.class);
        Integer count = item.integer("count");
        Integer duration = item.integer("durationMinutes");
        Setting setting = item.requiredEnum("setting", Setting.class);
        if (count == null) {
            item.violations().add(item.name("count"), ViolationCode.REQUIRED, "is required");
        }
        if (duration == null) {
            item.violations().add(item.name("durationMinutes"), ViolationCode.REQUIRED, "is required");
        }
        ResourceRequirement resource = null;
        JsonTree resourceTree = item.object("resource");
        if (resourceTree != null) {
            String competenceCode = resourceTree.requiredText("competence");
            BigDecimal hours = resourceTree.decimal("hours");
            CompetenceCode competence = competenceCode == null ? null
                    : resourceTree.check("competence", () -> new CompetenceCode(competenceCode));
            if (hours == null) {
                resourceTree.violations().add(resourceTree.name("hours"), ViolationCode.REQUIRED, "is required");
            } else if (competence != null) {
                resource = resourceTree.checkHere(() -> new ResourceRequirement(competence, hours));
            }
        }
        if (kind == null || setting == null || count == null || duration == null
                || (resourceTree != null && resource == null)) {
            return null;
        }
        ResourceRequirement checkedResource = resource;
        return item.checkHere(() -> new Component(kind, count, duration, setting, checkedResource));
    }

    private static GroupSize groupSize(JsonTree tree) {
        if (tree == null) {
            return null;
        }
        Integer min = tree.integer("min");
        Integer max = tree.integer("max");
        if (min == null || max == null) {
            if (min == null) {
                tree.violations().add(tree.name("min"), ViolationCode.REQUIRED, "is required");
            }
            if (max == null) {
                tree.violations().add(tree.name("max"), ViolationCode.REQUIRED, "is required");
            }
            return null;
        }
        return tree.checkHere(() -> new GroupSize(min, max));
    }

    private static Eligibility eligibility(JsonTree tree) {
        if (tree == null) {
            return null;
        }
        Integer min = tree.integer("minAge");
        Integer max = tree.integer("maxAge");
        Set<TargetGroup> groups = tree.enums("targetGroups", TargetGroup.class);
        return tree.checkHere(() -> new Eligibility(min, max, groups));
    }

    private static FormField formField(JsonTree item) {
        String key = item.requiredText("key");
        LocalisedText label = localised(item, "label", 500);
        FieldType type = item.requiredEnum("type", FieldType.class);
        Boolean required = item.bool("required");
        List<Choice> choices = new ArrayList<>();
        for (JsonTree choiceTree : item.objects("choices")) {
            String value = choiceTree.requiredText("value");
            LocalisedText choiceLabel = localised(choiceTree, "label", 500);
            Choice choice = value == null ? null : choiceTree.checkHere(() -> new Choice(value, choiceLabel));
            if (choice != null) {
                choices.add(choice);
            }
        }
        if (key == null || type == null || label == null) {
            return null;
        }
        return item.checkHere(() -> new FormField(key, label, type, Boolean.TRUE.equals(required), choices));
    }

    private static CostModel costModel(JsonTree tree) {
        if (tree == null) {
            return null;
        }
        Money hourlyRate = tree.money("hourlyRate");
        VariantCosts digital = variant(tree.object("digital"));
        VariantCosts physical = variant(tree.object("physical"));
        if (hourlyRate == null && !tree.violations().concerns(tree.name("hourlyRate"))) {
            tree.violations().add(tree.name("hourlyRate"), ViolationCode.REQUIRED, "is required");
            return null;
        }
        return hourlyRate == null ? null : tree.checkHere(() -> new CostModel(hourlyRate, digital, physical));
    }

    private static VariantCosts variant(JsonTree tree) {
        if (tree == null) {
            return null;
        }
        Money materials = tree.money("materials");
        Money licences = tree.money("licences");
        Money premises = tree.money("premises");
        BigDecimal extraHours = tree.decimal("extraResourceHours");
        return tree.checkHere(() -> new VariantCosts(materials, licences, premises, extraHours));
    }

    /** Writes the content fields into an object being built. */
    public static JsonObjectBuilder write(PackagingContent c, JsonObjectBuilder o) {
        o.add("titles", texts(c.titles())).add("descriptions", texts(c.descriptions()));
        enumOrNull(o, "phase", c.phase());
        enumOrNull(o, "serviceArea", c.serviceArea());
        o.add("targetGroups", names(c.targetGroups()));
        enumOrNull(o, "deliveryMode", c.deliveryMode());
        JsonArrayBuilder languages = Json.createArrayBuilder();
        c.deliveryLanguages().forEach(l -> languages.add(l.value()));
        o.add("deliveryLanguages", languages);
        JsonArrayBuilder components = Json.createArrayBuilder();
        for (Component component : c.components()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("kind", component.kind().name())
                    .add("count", component.count()).add("durationMinutes", component.durationMinutes())
                    .add("setting", component.setting().name());
            if (component.resource() == null) {
                item.addNull("resource");
            } else {
                item.add("resource", Json.createObjectBuilder()
                        .add("competence", component.resource().competence().value())
                        .add("hours", component.resource().hours()));
            }
            components.add(item);
        }
        o.add("components", components);
        if (c.groupSize() == null) {
            o.addNull("groupSize");
        } else {
            o.add("groupSize", Json.createObjectBuilder().add("min", c.groupSize().min()).add("max", c.groupSize().max()));
        }
        if (c.eligibility() == null) {
            o.addNull("eligibility");
        } else {
            JsonObjectBuilder e = Json.createObjectBuilder();
            integerOrNull(e, "minAge", c.eligibility().minAge());
            integerOrNull(e, "maxAge", c.eligibility().maxAge());
            o.add("eligibility", e.add("targetGroups", names(c.eligibility().targetGroups())));
        }
        JsonArrayBuilder fields = Json.createArrayBuilder();
        for (FormField field : c.applicationForm().fields()) {
            JsonArrayBuilder choices = Json.createArrayBuilder();
            field.choices().forEach(ch -> choices.add(Json.createObjectBuilder().add("value", ch.value())
                    .add("label", texts(ch.label()))));
            fields.add(Json.createObjectBuilder().add("key", field.key()).add("label", texts(field.label()))
                    .add("type", field.type().name()).add("required", field.required()).add("choices", choices));
        }
        o.add("applicationForm", fields);
        o.add("identityNumberRequired", c.applicationForm().identityNumberRequired());
        integerOrNull(o, "sessionsPerWeek", c.sessionsPerWeek());
        o.add("costSplitRule", c.costSplitRule().name());
        JsonArrayBuilder credentials = Json.createArrayBuilder();
        c.microCredentials().forEach(m -> credentials.add(m.code()));
        o.add("microCredentials", credentials);
        if (c.costModel() == null) {
            o.addNull("costModel");
        } else {
            o.add("costModel", Json.createObjectBuilder().add("hourlyRate", c.costModel().hourlyRate().toKronor())
                    .add("digital", variant(c.costModel().digital()))
                    .add("physical", variant(c.costModel().physical())));
        }
        if (c.pricePerParticipant() == null) {
            o.addNull("pricePerParticipant");
        } else {
            o.add("pricePerParticipant", c.pricePerParticipant().toKronor());
        }
        return o;
    }

    static JsonObjectBuilder texts(LocalisedText text) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        text.texts().forEach((language, value) -> o.add(language.value(), value));
        return o;
    }

    static JsonArrayBuilder names(Set<? extends Enum<?>> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.stream().map(Enum::name).sorted().forEach(array::add);
        return array;
    }

    private static JsonObjectBuilder variant(VariantCosts v) {
        return Json.createObjectBuilder().add("materials", v.materials().toKronor())
                .add("licences", v.licences().toKronor()).add("premises", v.premises().toKronor())
                .add("extraResourceHours", v.extraResourceHours());
    }

    private static void enumOrNull(JsonObjectBuilder o, String field, Enum<?> value) {
        if (value == null) {
            o.addNull(field);
        } else {
            o.add(field, value.name());
        }
    }

    private static void integerOrNull(JsonObjectBuilder o, String field, Integer value) {
        if (value == null) {
            o.addNull(field);
        } else {
            o.add(field, value);
        }
    }
}

package se.esp.adapter.persistence.packaging;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import se.esp.adapter.persistence.storage.JsonDocuments;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.organisation.OrganisationId;
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
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ResourceRequirement;
import se.esp.domain.packaging.Review;
import se.esp.domain.packaging.ReviewCriterion;
import se.esp.domain.packaging.ReviewOutcome;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.Setting;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.packaging.VariantCosts;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

/**
 * The stored form of a packaging's content, its reviews and the review checklist: JSON documents in one column.
 * A packaging's content is always read and written whole and nobody queries inside it (the catalogue has its own
 * table), so a document keeps the schema small and lets the content grow without migrations. Amounts are whole
 * öre, hours exact decimal text.
 */
public final class ContentJson {

    /** The one JSON-P provider of every stored document ({@link JsonDocuments}). */
    public static final JsonProvider JSON = JsonDocuments.JSON;

    private ContentJson() {
    }

    public static String write(PackagingContent content) {
        return content(content).toString();
    }

    public static PackagingContent readContent(String json) {
        return content(parse(json));
    }

    public static String writeReviews(List<Review> reviews) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Review review : reviews) {
            JsonObjectBuilder o = JSON.createObjectBuilder()
                    .add("draftNumber", review.draftNumber())
                    .add("reviewerId", review.reviewerId())
                    .add("startedAt", review.startedAt().toString());
            optional(o, "reviewerOrganisation", review.reviewerOrganisation());
            optional(o, "decidedAt", review.decidedAt());
            optional(o, "outcome", review.outcome());
            optional(o, "reason", review.reason());
            JsonArrayBuilder assessments = JSON.createArrayBuilder();
            for (CriterionAssessment a : review.assessments()) {
                JsonObjectBuilder item = JSON.createObjectBuilder().add("criterion", a.criterion())
                        .add("passed", a.passed());
                optional(item, "remark", a.remark());
                assessments.add(item);
            }
            array.add(o.add("assessments", assessments));
        }
        return array.build().toString();
    }

    public static List<Review> readReviews(String json) {
        List<Review> reviews = new ArrayList<>();
        for (JsonObject o : parseArray(json).getValuesAs(JsonObject.class)) {
            List<CriterionAssessment> assessments = o.getJsonArray("assessments").getValuesAs(JsonObject.class)
                    .stream().map(a -> new CriterionAssessment(a.getString("criterion"), a.getBoolean("passed"),
                            text(a, "remark"))).toList();
            reviews.add(new Review(o.getInt("draftNumber"), o.getString("reviewerId"),
                    map(o, "reviewerOrganisation", s -> new OrganisationId(UUID.fromString(s))),
                    Instant.parse(o.getString("startedAt")), map(o, "decidedAt", Instant::parse),
                    map(o, "outcome", ReviewOutcome::valueOf), assessments, text(o, "reason")));
        }
        return reviews;
    }

    public static String writeCriteria(List<ReviewCriterion> criteria) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        criteria.forEach(c -> array.add(JSON.createObjectBuilder().add("key", c.key()).add("label", texts(c.label()))));
        return array.build().toString();
    }

    public static List<ReviewCriterion> readCriteria(String json) {
        return parseArray(json).getValuesAs(JsonObject.class).stream()
                .map(o -> new ReviewCriterion(o.getString("key"), texts(o.getJsonObject("label")))).toList();
    }

    public static JsonObjectBuilder texts(LocalisedText text) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        text.texts().forEach((language, value) -> o.add(language.value(), value));
        return o;
    }

    public static LocalisedText texts(JsonObject o) {
        Map<LanguageCode, String> texts = new LinkedHashMap<>();
        o.forEach((code, value) -> texts.put(new LanguageCode(code), ((JsonString) value).getString()));
        return new LocalisedText(texts);
    }

    public static JsonObject parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonArray parseArray(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    private static JsonObject content(PackagingContent c) {
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("titles", texts(c.titles()))
                .add("descriptions", texts(c.descriptions()));
        optional(o, "phase", c.phase());
        optional(o, "serviceArea", c.serviceArea());
        o.add("targetGroups", names(c.targetGroups()));
        optional(o, "deliveryMode", c.deliveryMode());
        JsonArrayBuilder languages = JSON.createArrayBuilder();
        c.deliveryLanguages().forEach(l -> languages.add(l.value()));
        o.add("deliveryLanguages", languages);
        JsonArrayBuilder components = JSON.createArrayBuilder();
        for (Component component : c.components()) {
            JsonObjectBuilder item = JSON.createObjectBuilder().add("kind", component.kind().name())
                    .add("count", component.count()).add("durationMinutes", component.durationMinutes())
                    .add("setting", component.setting().name());
            if (component.resource() != null) {
                item.add("resource", JSON.createObjectBuilder()
                        .add("competence", component.resource().competence().value())
                        .add("hours", component.resource().hours().toPlainString()));
            }
            components.add(item);
        }
        o.add("components", components);
        if (c.groupSize() != null) {
            o.add("groupSize", JSON.createObjectBuilder().add("min", c.groupSize().min()).add("max", c.groupSize().max()));
        }
        if (c.eligibility() != null) {
            JsonObjectBuilder e = JSON.createObjectBuilder();
            optional(e, "minAge", c.eligibility().minAge());
            optional(e, "maxAge", c.eligibility().maxAge());
            o.add("eligibility", e.add("targetGroups", names(c.eligibility().targetGroups())));
        }
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        for (FormField field : c.applicationForm().fields()) {
            JsonArrayBuilder choices = JSON.createArrayBuilder();
            field.choices().forEach(ch -> choices.add(JSON.createObjectBuilder().add("value", ch.value())
                    .add("label", texts(ch.label()))));
            fields.add(JSON.createObjectBuilder().add("key", field.key()).add("label", texts(field.label()))
                    .add("type", field.type().name()).add("required", field.required()).add("choices", choices));
        }
        o.add("applicationForm", fields);
        o.add("identityNumberRequired", c.applicationForm().identityNumberRequired());
        if (c.sessionsPerWeek() != null) {
            o.add("sessionsPerWeek", c.sessionsPerWeek());
        }
        o.add("costSplitRule", c.costSplitRule().name());
        JsonArrayBuilder credentials = JSON.createArrayBuilder();
        c.microCredentials().forEach(m -> credentials.add(m.code()));
        o.add("microCredentials", credentials);
        if (c.costModel() != null) {
            o.add("costModel", JSON.createObjectBuilder().add("hourlyRateOre", c.costModel().hourlyRate().ore())
                    .add("digital", variant(c.costModel().digital()))
                    .add("physical", variant(c.costModel().physical())));
        }
        if (c.pricePerParticipant() != null) {
            o.add("pricePerParticipantOre", c.pricePerParticipant().ore());
        }
        return o.build();
    }

    private static PackagingContent content(JsonObject o) {
        List<Component> components = o.getJsonArray("components").getValuesAs(JsonObject.class).stream()
                .map(item -> new Component(ComponentKind.valueOf(item.getString("kind")), item.getInt("count"),
                        item.getInt("durationMinutes"), Setting.valueOf(item.getString("setting")),
                        item.containsKey("resource") ? new ResourceRequirement(
                                new CompetenceCode(item.getJsonObject("resource").getString("competence")),
                                new BigDecimal(item.getJsonObject("resource").getString("hours"))) : null))
                .toList();
        GroupSize groupSize = o.containsKey("groupSize") ? new GroupSize(o.getJsonObject("groupSize").getInt("min"),
                o.getJsonObject("groupSize").getInt("max")) : null;
        Eligibility eligibility = null;
        if (o.containsKey("eligibility")) {
            JsonObject e = o.getJsonObject("eligibility");
            eligibility = new Eligibility(integer(e, "minAge"), integer(e, "maxAge"),
                    enums(e.getJsonArray("targetGroups"), TargetGroup.class));
        }
        List<FormField> fields = o.getJsonArray("applicationForm").getValuesAs(JsonObject.class).stream()
                .map(f -> new FormField(f.getString("key"), texts(f.getJsonObject("label")),
                        FieldType.valueOf(f.getString("type")), f.getBoolean("required"),
                        f.getJsonArray("choices").getValuesAs(JsonObject.class).stream()
                                .map(ch -> new Choice(ch.getString("value"), texts(ch.getJsonObject("label"))))
                                .toList()))
                .toList();
        CostModel costModel = null;
        if (o.containsKey("costModel")) {
            JsonObject m = o.getJsonObject("costModel");
            costModel = new CostModel(Money.ofOre(m.getJsonNumber("hourlyRateOre").longValueExact()),
                    variant(m.getJsonObject("digital")), variant(m.getJsonObject("physical")));
        }
        Set<LanguageCode> languages = new TreeSet<>();
        o.getJsonArray("deliveryLanguages").getValuesAs(JsonString.class)
                .forEach(s -> languages.add(new LanguageCode(s.getString())));
        return new PackagingContent(texts(o.getJsonObject("titles")), texts(o.getJsonObject("descriptions")),
                map(o, "phase", Phase::valueOf), map(o, "serviceArea", ServiceArea::valueOf),
                enums(o.getJsonArray("targetGroups"), TargetGroup.class), map(o, "deliveryMode", DeliveryMode::valueOf),
                languages, components, groupSize, eligibility,
                new ApplicationForm(fields, o.getBoolean("identityNumberRequired", false)),
                o.getJsonArray("microCredentials").getValuesAs(JsonString.class).stream()
                        .map(s -> new MicroCredentialRef(s.getString())).toList(),
                costModel, o.containsKey("pricePerParticipantOre")
                        ? Money.ofOre(o.getJsonNumber("pricePerParticipantOre").longValueExact()) : null,
                // Written since the deliveries area; documents stored before it have neither and get the defaults.
                o.containsKey("sessionsPerWeek") ? o.getInt("sessionsPerWeek") : null,
                map(o, "costSplitRule", CostSplitRule::valueOf));
    }

    private static JsonObjectBuilder variant(VariantCosts v) {
        return JSON.createObjectBuilder().add("materialsOre", v.materials().ore()).add("licencesOre", v.licences().ore())
                .add("premisesOre", v.premises().ore()).add("extraResourceHours", v.extraResourceHours().toPlainString());
    }

    private static VariantCosts variant(JsonObject o) {
        return new VariantCosts(Money.ofOre(o.getJsonNumber("materialsOre").longValueExact()),
                Money.ofOre(o.getJsonNumber("licencesOre").longValueExact()),
                Money.ofOre(o.getJsonNumber("premisesOre").longValueExact()),
                new BigDecimal(o.getString("extraResourceHours")));
    }

    private static JsonArrayBuilder names(Set<? extends Enum<?>> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.stream().map(Enum::name).sorted().forEach(array::add);
        return array;
    }

    private static <E extends Enum<E>> Set<E> enums(JsonArray array, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        array.getValuesAs(JsonString.class).forEach(s -> values.add(Enum.valueOf(type, s.getString())));
        return values;
    }

    private static void optional(JsonObjectBuilder o, String field, Object value) {
        if (value instanceof Integer number) {
            o.add(field, number);
        } else if (value instanceof Enum<?> constant) {
            o.add(field, constant.name());
        } else if (value != null) {
            o.add(field, value.toString());
        }
    }

    private static String text(JsonObject o, String field) {
        return o.containsKey(field) && o.get(field).getValueType() != JsonValue.ValueType.NULL ? o.getString(field) : null;
    }

    private static Integer integer(JsonObject o, String field) {
        return o.containsKey(field) && o.get(field).getValueType() != JsonValue.ValueType.NULL ? o.getInt(field) : null;
    }

    private static <T> T map(JsonObject o, String field, Function<String, T> parse) {
        String text = text(o, field);
        return text == null ? null : parse.apply(text);
    }
}

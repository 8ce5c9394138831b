package se.esp.adapter.persistence.offering;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import se.esp.adapter.persistence.packaging.ContentJson;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/** The document column of {@code catalogue_entry}: a catalogue entry, whole. */
final class CatalogueEntryJson {

    private CatalogueEntryJson() {
    }

    static String write(CatalogueEntry e) {
        JsonArrayBuilder groups = ContentJson.JSON.createArrayBuilder();
        e.targetGroups().forEach(g -> groups.add(g.name()));
        JsonArrayBuilder languages = ContentJson.JSON.createArrayBuilder();
        e.deliveryLanguages().forEach(l -> languages.add(l.value()));
        JsonObjectBuilder o = ContentJson.JSON.createObjectBuilder()
                .add("offeringId", e.offeringId().toString())
                .add("versionId", e.versionId().toString())
                .add("versionNumber", e.versionNumber())
                .add("supplierId", e.supplierId().toString())
                .add("supplierName", e.supplierName())
                .add("titles", ContentJson.texts(e.titles()))
                .add("descriptions", ContentJson.texts(e.descriptions()))
                .add("phase", e.phase().name())
                .add("serviceArea", e.serviceArea().name())
                .add("targetGroups", groups)
                .add("deliveryLanguages", languages)
                .add("deliveryMode", e.deliveryMode().name())
                .add("priceOre", e.pricePerParticipant().ore())
                .add("publishedAt", e.publishedAt().toString());
        if (e.minAge() != null) {
            o.add("minAge", e.minAge());
        }
        if (e.maxAge() != null) {
            o.add("maxAge", e.maxAge());
        }
        return o.build().toString();
    }

    static CatalogueEntry read(String json) {
        JsonObject o = ContentJson.parse(json);
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        o.getJsonArray("targetGroups").getValuesAs(JsonString.class)
                .forEach(s -> groups.add(TargetGroup.valueOf(s.getString())));
        Set<LanguageCode> languages = new TreeSet<>();
        o.getJsonArray("deliveryLanguages").getValuesAs(JsonString.class)
                .forEach(s -> languages.add(new LanguageCode(s.getString())));
        return new CatalogueEntry(new OfferingId(UUID.fromString(o.getString("offeringId"))),
                new OfferingVersionId(UUID.fromString(o.getString("versionId"))), o.getInt("versionNumber"),
                new OrganisationId(UUID.fromString(o.getString("supplierId"))), o.getString("supplierName"),
                ContentJson.texts(o.getJsonObject("titles")), ContentJson.texts(o.getJsonObject("descriptions")),
                Phase.valueOf(o.getString("phase")), ServiceArea.valueOf(o.getString("serviceArea")), groups,
                languages, DeliveryMode.valueOf(o.getString("deliveryMode")),
                Money.ofOre(o.getJsonNumber("priceOre").longValueExact()), integer(o, "minAge"),
                integer(o, "maxAge"), Instant.parse(o.getString("publishedAt")));
    }

    private static Integer integer(JsonObject o, String field) {
        return o.containsKey(field) && o.get(field).getValueType() != JsonValue.ValueType.NULL ? o.getInt(field) : null;
    }
}

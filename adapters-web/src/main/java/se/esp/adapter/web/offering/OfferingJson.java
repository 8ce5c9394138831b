package se.esp.adapter.web.offering;

import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import se.esp.adapter.web.packaging.ContentJson;
import se.esp.application.port.in.offering.CatalogueDimension;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.offering.FacetCount;
import se.esp.application.port.in.offering.OfferingVersionView;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingVersion;
import se.esp.domain.packaging.LocalisedText;

/** The JSON representations of offerings, their versions and catalogue results. */
final class OfferingJson {

    private OfferingJson() {
    }

    static JsonObject of(Offering offering) {
        JsonArrayBuilder versions = Json.createArrayBuilder();
        for (OfferingVersion version : offering.versions()) {
            versions.add(Json.createObjectBuilder().add("id", version.id().toString()).add("number", version.number())
                    .add("publishedAt", version.publishedAt().toString()));
        }
        return Json.createObjectBuilder()
                .add("id", offering.id().toString())
                .add("packagingId", offering.packaging().toString())
                .add("supplierId", offering.supplier().toString())
                .add("status", offering.status().name())
                .add("version", offering.version())
                .add("currentVersionId", offering.current().id().toString())
                .add("versions", versions)
                .build();
    }

    static JsonObject of(OfferingVersionView view) {
        OfferingVersion version = view.version();
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", version.id().toString())
                .add("offeringId", view.offering().id().toString())
                .add("number", version.number())
                .add("current", view.isCurrent())
                .add("offeringStatus", view.offering().status().name())
                .add("supplierId", view.offering().supplier().toString())
                .add("publishedAt", version.publishedAt().toString());
        return ContentJson.write(version.content(), o).build();
    }

    static JsonObject of(CatalogueResult result) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        result.hits().items().forEach(e -> items.add(entry(e)));
        JsonObjectBuilder facets = Json.createObjectBuilder();
        for (Map.Entry<CatalogueDimension, List<FacetCount>> facet : result.facets().entrySet()) {
            JsonArrayBuilder counts = Json.createArrayBuilder();
            for (FacetCount count : facet.getValue()) {
                JsonObjectBuilder c = Json.createObjectBuilder().add("value", count.value()).add("count", count.count());
                if (count.label() != null) {
                    c.add("label", count.label());
                }
                counts.add(c);
            }
            facets.add(CatalogueParameters.facetName(facet.getKey()), counts);
        }
        return Json.createObjectBuilder()
                .add("items", items)
                .add("page", result.hits().request().page())
                .add("size", result.hits().request().size())
                .add("totalItems", result.hits().totalItems())
                .add("totalPages", result.hits().totalPages())
                .add("facets", facets)
                .build();
    }

    private static JsonObjectBuilder entry(CatalogueEntry e) {
        JsonArrayBuilder groups = Json.createArrayBuilder();
        e.targetGroups().forEach(g -> groups.add(g.name()));
        JsonArrayBuilder languages = Json.createArrayBuilder();
        e.deliveryLanguages().forEach(l -> languages.add(l.value()));
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("offeringId", e.offeringId().toString())
                .add("versionId", e.versionId().toString())
                .add("versionNumber", e.versionNumber())
                .add("supplier", Json.createObjectBuilder().add("id", e.supplierId().toString())
                        .add("name", e.supplierName()))
                .add("titles", texts(e.titles()))
                .add("descriptions", texts(e.descriptions()))
                .add("phase", e.phase().name())
                .add("serviceArea", e.serviceArea().name())
                .add("targetGroups", groups)
                .add("deliveryLanguages", languages)
                .add("deliveryMode", e.deliveryMode().name())
                .add("pricePerParticipant", e.pricePerParticipant().toKronor())
                .add("publishedAt", e.publishedAt().toString());
        if (e.minAge() == null) {
            o.addNull("minAge");
        } else {
            o.add("minAge", e.minAge());
        }
        if (e.maxAge() == null) {
            o.addNull("maxAge");
        } else {
            o.add("maxAge", e.maxAge());
        }
        return o;
    }

    private static JsonObjectBuilder texts(LocalisedText text) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        text.texts().forEach((language, value) -> o.add(language.value(), value));
        return o;
    }
}

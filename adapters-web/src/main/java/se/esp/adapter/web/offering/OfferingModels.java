package se.esp.adapter.web.offering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.adapter.web.json.Paging;
import se.esp.adapter.web.packaging.ContentModels;
import se.esp.adapter.web.packaging.ContentModels.ComponentView;
import se.esp.adapter.web.packaging.ContentModels.Content;
import se.esp.adapter.web.packaging.ContentModels.CostModelView;
import se.esp.adapter.web.packaging.ContentModels.EligibilityView;
import se.esp.adapter.web.packaging.ContentModels.FormFieldView;
import se.esp.adapter.web.packaging.ContentModels.GroupSizeView;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.offering.LanguageCapacity;
import se.esp.application.port.in.offering.OfferingCapacity;
import se.esp.application.port.in.offering.FacetCount;
import se.esp.application.port.in.offering.OfferingVersionView;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingStatus;
import se.esp.domain.offering.OfferingVersion;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.shared.LanguageCode;

/**
 * The offering and catalogue API's request and response models: what the JSON binding reads and writes and what
 * the OpenAPI document describes, from the same records. An offering version carries its packaging's content in
 * the same flat shape as a packaging does ({@link ContentModels}).
 */
final class OfferingModels {

    private OfferingModels() {
    }

    @Schema(name = "OfferingChangeReason", description = "Why an offering is suspended or retired",
            additionalProperties = Schema.False.class)
    record ReasonRequest(
            @Schema(required = true, minLength = 1, maxLength = Offering.MAX_REASON_LENGTH,
                    example = "Studievägledaren är sjukskriven; inga resurser förrän i mars.")
            String reason) {
    }

    @Schema(name = "Offering", description = "A published, quality-assured service: its status, current version "
            + "and every version it had", additionalProperties = Schema.False.class)
    record OfferingView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, format = "uuid", description = "The packaging it was published from")
            String packagingId,
            @Schema(required = true, format = "uuid") String supplierId,
            @Schema(required = true) OfferingStatus status,
            @Schema(required = true, example = "2", description = "The version; also the ETag, sent back in "
                    + "If-Match to change it") long version,
            @Schema(required = true, format = "uuid") String currentVersionId,
            @Schema(required = true, description = "Every version, the first first") List<VersionSummary> versions) {

        static OfferingView of(Offering offering) {
            return new OfferingView(offering.id().toString(), offering.packaging().toString(),
                    offering.supplier().toString(), offering.status(), offering.version(),
                    offering.current().id().toString(), offering.versions().stream().map(VersionSummary::of).toList());
        }
    }

    @Schema(name = "OfferingVersionSummary", additionalProperties = Schema.False.class)
    record VersionSummary(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, example = "1") int number,
            @Schema(required = true, format = "date-time") Instant publishedAt) {

        static VersionSummary of(OfferingVersion version) {
            return new VersionSummary(version.id().toString(), version.number(), version.publishedAt());
        }
    }

    @Schema(name = "OfferingVersion", description = "One version of an offering, its content exactly as approved, "
            + "whatever happened to the offering since", additionalProperties = Schema.False.class)
    record VersionView(
            @Schema(required = true, format = "uuid", description = "What an application refers to") String id,
            @Schema(required = true, format = "uuid") String offeringId,
            @Schema(required = true, example = "1") int number,
            @Schema(required = true, description = "Whether it is the offering's current version") boolean current,
            @Schema(required = true, description = "The offering's status now") OfferingStatus offeringStatus,
            @Schema(required = true, format = "uuid") String supplierId,
            @Schema(required = true, format = "date-time") Instant publishedAt,
            @Schema(required = true, example = "{\"sv\": \"Studievägledning online på arabiska\", "
                    + "\"en\": \"Study guidance online, Arabic\"}") Map<String, String> titles,
            @Schema(required = true) Map<String, String> descriptions,
            @Schema(required = true, nullable = true) Phase phase,
            @Schema(required = true, nullable = true) ServiceArea serviceArea,
            @Schema(required = true) List<TargetGroup> targetGroups,
            @Schema(required = true, nullable = true) DeliveryMode deliveryMode,
            @Schema(required = true, example = "[\"ar\"]") List<String> deliveryLanguages,
            @Schema(required = true) List<ComponentView> components,
            @Schema(required = true, nullable = true) GroupSizeView groupSize,
            @Schema(required = true, nullable = true, description = "null: anybody") EligibilityView eligibility,
            @Schema(required = true, description = "What an application fills in per participant")
            List<FormFieldView> applicationForm,
            @Schema(required = true, description = "Whether an application gives each participant's personal "
                    + "identity number") boolean identityNumberRequired,
            @Schema(required = true, nullable = true, description = "null: one a week") Integer sessionsPerWeek,
            @Schema(required = true) CostSplitRule costSplitRule,
            @Schema(required = true, example = "[\"care-assistant-1\"]") List<String> microCredentials,
            @Schema(required = true, nullable = true) CostModelView costModel,
            @Schema(required = true, nullable = true, format = "decimal", example = "6500.00",
                    description = "Kronor per participant") String pricePerParticipant) {

        static VersionView of(OfferingVersionView view) {
            OfferingVersion version = view.version();
            Content c = Content.of(version.content());
            return new VersionView(version.id().toString(), view.offering().id().toString(), version.number(),
                    view.isCurrent(), view.offering().status(), view.offering().supplier().toString(),
                    version.publishedAt(), c.titles(), c.descriptions(), c.phase(), c.serviceArea(),
                    c.targetGroups(), c.deliveryMode(), c.deliveryLanguages(), c.components(), c.groupSize(),
                    c.eligibility(), c.applicationForm(), c.identityNumberRequired(), c.sessionsPerWeek(),
                    c.costSplitRule(), c.microCredentials(), c.costModel(), c.pricePerParticipant());
        }
    }

    @Schema(name = "CataloguePage", description = "One page of catalogue hits with the facet counts",
            additionalProperties = Schema.False.class)
    record CataloguePage(
            @Schema(required = true) List<CatalogueItem> items,
            @Schema(required = true, description = "The page number, from 0") int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems,
            @Schema(required = true) int totalPages,
            @Schema(required = true, description = "Per filter (named as the query parameter: phase, serviceArea, "
                    + "targetGroup, language, mode, supplier, priceBand, ageBand), how many offerings each value "
                    + "would give with every other filter kept")
            Map<String, List<FacetView>> facets) {

        static CataloguePage of(CatalogueResult result) {
            Map<String, List<FacetView>> facets = new LinkedHashMap<>();
            result.facets().forEach((dimension, counts) -> facets.put(CatalogueParameters.facetName(dimension),
                    counts.stream().map(FacetView::of).toList()));
            return Paging.envelope(result.hits(),
                    e -> CatalogueItem.of(e, result.capacityOf(e.offeringId()).orElse(null)),
                    (items, page, size, totalItems, totalPages) ->
                            new CataloguePage(items, page, size, totalItems, totalPages, facets));
        }
    }

    @Schema(name = "CatalogueFacetCount", additionalProperties = Schema.False.class)
    record FacetView(
            @Schema(required = true, example = "PREPARATORY",
                    description = "As the filter takes it: an enum name, a language code, a supplier's id")
            String value,
            @Schema(required = true, example = "3") long count,
            @Schema(required = true, nullable = true, example = "Ronneby kommun",
                    description = "A supplier's name; null for the other filters") String label) {

        static FacetView of(FacetCount count) {
            return new FacetView(count.value(), count.count(), count.label());
        }
    }

    @Schema(name = "CatalogueEntry", description = "An offering on offer, as of its current version",
            additionalProperties = Schema.False.class)
    record CatalogueItem(
            @Schema(required = true, format = "uuid") String offeringId,
            @Schema(required = true, format = "uuid", description = "The current version, what to apply to")
            String versionId,
            @Schema(required = true, example = "1") int versionNumber,
            @Schema(required = true) SupplierView supplier,
            @Schema(required = true, example = "{\"sv\": \"Studievägledning online på arabiska\", "
                    + "\"en\": \"Study guidance online, Arabic\"}") Map<String, String> titles,
            @Schema(required = true) Map<String, String> descriptions,
            @Schema(required = true) Phase phase,
            @Schema(required = true) ServiceArea serviceArea,
            @Schema(required = true, description = "The packaging's and its eligibility's together")
            List<TargetGroup> targetGroups,
            @Schema(required = true, example = "[\"ar\"]") List<String> deliveryLanguages,
            @Schema(required = true) DeliveryMode deliveryMode,
            @Schema(required = true, format = "decimal", example = "6500.00", description = "Kronor per participant")
            String pricePerParticipant,
            @Schema(required = true, format = "date-time") Instant publishedAt,
            @Schema(required = true, nullable = true, example = "16", description = "null: no lower age limit")
            Integer minAge,
            @Schema(required = true, nullable = true, example = "64", description = "null: no upper age limit")
            Integer maxAge,
            @Schema(required = true, description = "Per delivery language, from matching's state: the next day a "
                    + "participant could start and the applications waiting")
            List<CapacityView> capacity) {

        static CatalogueItem of(CatalogueEntry e, OfferingCapacity capacity) {
            return new CatalogueItem(e.offeringId().toString(), e.versionId().toString(), e.versionNumber(),
                    new SupplierView(e.supplierId().toString(), e.supplierName()), ContentModels.texts(e.titles()),
                    ContentModels.texts(e.descriptions()), e.phase(), e.serviceArea(), List.copyOf(e.targetGroups()),
                    e.deliveryLanguages().stream().map(LanguageCode::value).toList(), e.deliveryMode(),
                    e.pricePerParticipant().toPlainString(), e.publishedAt(), e.minAge(), e.maxAge(),
                    capacity == null ? List.of() : capacity.languages().stream().map(CapacityView::of).toList());
        }
    }

    @Schema(name = "CatalogueCapacity", additionalProperties = Schema.False.class)
    record CapacityView(
            @Schema(required = true, example = "ar") String language,
            @Schema(required = true, nullable = true, format = "date", description = "null: no delivery could take "
                    + "a participant within a year (no eligible resource with free time)") LocalDate nextStart,
            @Schema(required = true, example = "2", description = "Applications waiting for a place in the "
                    + "language") int waitingApplications,
            @Schema(required = true, example = "3", description = "Their participants together")
            int waitingParticipants) {

        static CapacityView of(LanguageCapacity capacity) {
            return new CapacityView(capacity.language().value(), capacity.nextStart(),
                    capacity.waitingApplications(), capacity.waitingParticipants());
        }
    }

    @Schema(name = "CatalogueSupplier", additionalProperties = Schema.False.class)
    record SupplierView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, example = "Ronneby kommun") String name) {
    }
}

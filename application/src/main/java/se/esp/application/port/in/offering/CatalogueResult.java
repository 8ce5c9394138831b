package se.esp.application.port.in.offering;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.esp.application.paging.Page;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;

/**
 * A page of catalogue hits, the facet counts and, where the search knows matching's state, each hit's capacity
 * ({@link OfferingCapacity}: next possible start and waiting list per delivery language; empty from the catalogue's
 * index alone). For each dimension the count of a value is how many offerings
 * match every filter except that dimension's own and have the value, so a user sees what choosing another value
 * would give. Enum dimensions list every value (zero included); languages and suppliers list those that occur.
 */
public record CatalogueResult(Page<CatalogueEntry> hits, Map<CatalogueDimension, List<FacetCount>> facets,
                              Map<OfferingId, OfferingCapacity> capacity) {

    public CatalogueResult {
        EnumMap<CatalogueDimension, List<FacetCount>> copy = new EnumMap<>(CatalogueDimension.class);
        facets.forEach((dimension, counts) -> copy.put(dimension, List.copyOf(counts)));
        facets = java.util.Collections.unmodifiableMap(copy);
        capacity = capacity == null ? Map.of() : Map.copyOf(capacity);
    }

    /** Hits and facets as the catalogue's index finds them, without capacity. */
    public CatalogueResult(Page<CatalogueEntry> hits, Map<CatalogueDimension, List<FacetCount>> facets) {
        this(hits, facets, Map.of());
    }

    /** The same hits and facets with the hits' capacity. */
    public CatalogueResult withCapacity(Map<OfferingId, OfferingCapacity> hitsCapacity) {
        return new CatalogueResult(hits, facets, hitsCapacity);
    }

    /** A hit's capacity, if the search worked it out. */
    public java.util.Optional<OfferingCapacity> capacityOf(OfferingId offering) {
        return java.util.Optional.ofNullable(capacity.get(offering));
    }

    /** The count of one value of a dimension; 0 when it is not listed. */
    public long count(CatalogueDimension dimension, String value) {
        return facets.getOrDefault(dimension, List.of()).stream().filter(f -> f.value().equals(value))
                .mapToLong(FacetCount::count).findFirst().orElse(0);
    }
}

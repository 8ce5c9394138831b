package se.esp.application.port.in.offering;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.esp.application.paging.Page;
import se.esp.domain.offering.CatalogueEntry;

/**
 * A page of catalogue hits and the facet counts. For each dimension the count of a value is how many offerings
 * match every filter except that dimension's own and have the value, so a user sees what choosing another value
 * would give. Enum dimensions list every value (zero included); languages and suppliers list those that occur.
 */
public record CatalogueResult(Page<CatalogueEntry> hits, Map<CatalogueDimension, List<FacetCount>> facets) {

    public CatalogueResult {
        EnumMap<CatalogueDimension, List<FacetCount>> copy = new EnumMap<>(CatalogueDimension.class);
        facets.forEach((dimension, counts) -> copy.put(dimension, List.copyOf(counts)));
        facets = java.util.Collections.unmodifiableMap(copy);
    }

    /** The count of one value of a dimension; 0 when it is not listed. */
    public long count(CatalogueDimension dimension, String value) {
        return facets.getOrDefault(dimension, List.of()).stream().filter(f -> f.value().equals(value))
                .mapToLong(FacetCount::count).findFirst().orElse(0);
    }
}

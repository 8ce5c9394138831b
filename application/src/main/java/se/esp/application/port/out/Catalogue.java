package se.esp.application.port.out;

import java.util.Collection;

import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;

/**
 * The national catalogue's search index: one entry per offering on offer, kept up to date in the same transaction
 * as the offering's change (publish, suspend, resume, retire), and searched with filters and facet counts.
 */
public interface Catalogue {

    /** Lists an offering, or replaces its entry (a new current version). */
    void put(CatalogueEntry entry);

    /** Many at once; the same as {@link #put} for each, possibly cheaper. */
    default void putAll(Collection<CatalogueEntry> entries) {
        entries.forEach(this::put);
    }

    /** Takes an offering out of the catalogue; nothing happens if it is not listed. */
    void remove(OfferingId offering);

    /**
     * The page of hits asked for, in the query's sort order (ties broken by offering id, so paging is stable),
     * the number of all hits, and the facet counts: for each dimension, how many offerings match every filter
     * except that dimension's own, per value.
     */
    CatalogueResult search(CatalogueQuery query);
}

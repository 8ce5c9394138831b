package se.esp.application.port.out;

import java.util.Collection;

import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;

/**
 * The national catalogue's search index: one entry per offering on offer, kept up to date in the same transaction
 * as the offering's change (publish, suspend, resume, retire) and as the renaming of its supplier, and searched
 * with filters and facet counts.
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
     * Gives every listed entry of the supplier its new name, so hits and the supplier facet show it at once;
     * called in the transaction that renames the organisation. Nothing happens (the revision included) when the
     * supplier has no listed entry or all of them have the name already. Entries taken out of the catalogue are
     * left as they are: an offering coming back is listed anew under its supplier's name of that moment.
     */
    void renameSupplier(OrganisationId supplier, String newName);

    /**
     * The catalogue's revision: it grows with every change (a put, the removal of a listed entry, a rename that
     * renames something) and stays the same as long as nothing changed, so a reader can tell whether its copy of the
     * catalogue is current. Seen in the caller's transaction, so it counts that transaction's own changes.
     */
    long revision();

    /**
     * The page of hits asked for, in the query's sort order (ties broken by offering id, so paging is stable),
     * the number of all hits, and the facet counts: for each dimension, how many offerings match every filter
     * except that dimension's own, per value.
     */
    CatalogueResult search(CatalogueQuery query);
}

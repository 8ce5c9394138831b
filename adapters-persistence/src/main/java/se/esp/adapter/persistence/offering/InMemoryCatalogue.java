package se.esp.adapter.persistence.offering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.out.Catalogue;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;

/**
 * The catalogue in memory: the same {@link CatalogueIndex} (facets in memory, free text in Lucene, in memory here)
 * as the database adapter's, over entries kept in a map
 * so a failed transaction can put the map back (the index is then rebuilt from it). The revision counts changes
 * the way {@code catalogue_revision} does and is put back with the map.
 */
public final class InMemoryCatalogue implements Catalogue, InMemoryStore {

    private Map<OfferingId, CatalogueEntry> entries = new HashMap<>();
    private CatalogueIndex index = new CatalogueIndex();
    private long revision;

    @Override
    public synchronized void put(CatalogueEntry entry) {
        entries.put(entry.offeringId(), entry);
        index.put(entry);
        revision++;
    }

    @Override
    public synchronized void remove(OfferingId offering) {
        if (entries.remove(offering) != null) {
            index.remove(offering);
            revision++;
        }
    }

    @Override
    public synchronized void renameSupplier(OrganisationId supplier, String newName) {
        List<CatalogueEntry> renamed = entries.values().stream()
                .filter(e -> e.supplierId().equals(supplier) && !e.supplierName().equals(newName))
                .map(e -> e.withSupplierName(newName))
                .toList();
        if (renamed.isEmpty()) {
            return;
        }
        for (CatalogueEntry entry : renamed) {
            entries.put(entry.offeringId(), entry);
            index.put(entry);
        }
        revision++;
    }

    @Override
    public synchronized long revision() {
        return revision;
    }

    @Override
    public synchronized CatalogueResult search(CatalogueQuery query) {
        return index.search(query);
    }

    @Override
    public synchronized Object snapshot() {
        return new State(new HashMap<>(entries), revision);
    }

    @Override
    public synchronized void restore(Object snapshot) {
        State state = (State) snapshot;
        entries = new HashMap<>(state.entries());
        revision = state.revision();
        index.close();
        index = new CatalogueIndex();
        entries.values().forEach(index::put);
    }

    private record State(Map<OfferingId, CatalogueEntry> entries, long revision) {
    }
}

package se.esp.adapter.persistence.offering;

import java.util.HashMap;
import java.util.Map;

import se.esp.adapter.persistence.memory.InMemoryStore;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.out.Catalogue;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;

/**
 * The catalogue in memory: the same {@link CatalogueIndex} as the database adapter's, over entries kept in a map
 * so a failed transaction can put the map back (the index is then rebuilt from it).
 */
public final class InMemoryCatalogue implements Catalogue, InMemoryStore {

    private Map<OfferingId, CatalogueEntry> entries = new HashMap<>();
    private CatalogueIndex index = new CatalogueIndex();

    @Override
    public synchronized void put(CatalogueEntry entry) {
        entries.put(entry.offeringId(), entry);
        index.put(entry);
    }

    @Override
    public synchronized void remove(OfferingId offering) {
        if (entries.remove(offering) != null) {
            index.remove(offering);
        }
    }

    @Override
    public synchronized CatalogueResult search(CatalogueQuery query) {
        return index.search(query);
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(entries);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        entries = new HashMap<>((Map<OfferingId, CatalogueEntry>) snapshot);
        index = new CatalogueIndex();
        entries.values().forEach(index::put);
    }
}

package se.esp.adapter.persistence.offering;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import se.esp.adapter.persistence.jpa.JpaStorage;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.out.Catalogue;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;

/**
 * The catalogue in the database, searched through an in-memory {@link CatalogueIndex}. Writes go to
 * {@code catalogue_entry} in the caller's transaction, each with the next revision from {@code catalogue_revision}
 * (taken under a row lock, so revisions become visible in commit order). Before every search the index catches up
 * with the rows above the last revision it saw — one primary-key read when nothing changed — so every server
 * instance sharing the database answers from the committed catalogue. The first search loads it whole.
 *
 * <p>Searches run in transactions of their own (the query use cases'); a search in the same transaction as a
 * catalogue change would index a change that might still roll back.</p>
 */
public final class JpaCatalogue implements Catalogue {

    private static final int BATCH = 500;

    private final JpaStorage storage;
    private CatalogueIndex index = new CatalogueIndex();
    private long seenRevision = -1;

    public JpaCatalogue(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public void put(CatalogueEntry entry) {
        putAll(List.of(entry));
    }

    @Override
    public void putAll(Collection<CatalogueEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        EntityManager entityManager = storage.entityManager();
        long revision = nextRevision(entityManager);
        List<CatalogueEntry> all = List.copyOf(entries);
        for (int start = 0; start < all.size(); start += BATCH) {
            List<CatalogueEntry> batch = all.subList(start, Math.min(all.size(), start + BATCH));
            // One query finds the rows that exist already, instead of one lookup per entry.
            Map<String, CatalogueEntryJpaEntity> existing = entityManager.createQuery(
                            "select e from CatalogueEntryJpaEntity e where e.offeringId in :ids",
                            CatalogueEntryJpaEntity.class)
                    .setParameter("ids", batch.stream().map(e -> e.offeringId().toString()).toList())
                    .getResultStream().collect(Collectors.toMap(e -> e.offeringId, e -> e));
            for (CatalogueEntry entry : batch) {
                CatalogueEntryJpaEntity row = existing.get(entry.offeringId().toString());
                if (row == null) {
                    row = new CatalogueEntryJpaEntity();
                    row.offeringId = entry.offeringId().toString();
                    copy(entry, row, revision);
                    entityManager.persist(row);
                } else {
                    copy(entry, row, revision);
                }
            }
            entityManager.flush();
        }
    }

    @Override
    public void remove(OfferingId offering) {
        EntityManager entityManager = storage.entityManager();
        CatalogueEntryJpaEntity row = entityManager.find(CatalogueEntryJpaEntity.class, offering.toString());
        if (row == null || !row.listed) {
            return;
        }
        row.revision = nextRevision(entityManager);
        row.listed = false;
        entityManager.flush();
    }

    /**
     * Rewrites the documents of the supplier's listed rows (the name is only in the document) under one new
     * revision, so every instance's index re-reads them on its next search. The rows are found by
     * {@code supplier_id} ({@code V76} indexes it); the revision row is locked only if something is renamed.
     */
    @Override
    public void renameSupplier(OrganisationId supplier, String newName) {
        Objects.requireNonNull(newName, "newName");
        EntityManager entityManager = storage.entityManager();
        List<CatalogueEntryJpaEntity> rows = entityManager.createQuery(
                        "select e from CatalogueEntryJpaEntity e where e.supplierId = :supplier and e.listed = true",
                        CatalogueEntryJpaEntity.class)
                .setParameter("supplier", supplier.toString())
                .getResultList();
        Map<CatalogueEntryJpaEntity, CatalogueEntry> renamed = new LinkedHashMap<>();
        for (CatalogueEntryJpaEntity row : rows) {
            CatalogueEntry entry = CatalogueEntryJson.read(row.document);
            if (!entry.supplierName().equals(newName)) {
                renamed.put(row, entry.withSupplierName(newName));
            }
        }
        if (renamed.isEmpty()) {
            return;
        }
        long revision = nextRevision(entityManager);
        renamed.forEach((row, entry) -> copy(entry, row, revision));
        entityManager.flush();
    }

    @Override
    public long revision() {
        CatalogueRevisionJpaEntity counter = storage.entityManager().find(CatalogueRevisionJpaEntity.class,
                CatalogueRevisionJpaEntity.THE_ONLY_ID);
        return counter == null ? 0 : counter.revision;
    }

    @Override
    public CatalogueResult search(CatalogueQuery query) {
        return catchUp().search(query);
    }

    /** The index brought up to the database's latest committed revision. */
    private synchronized CatalogueIndex catchUp() {
        EntityManager entityManager = storage.entityManager();
        CatalogueRevisionJpaEntity counter = entityManager.find(CatalogueRevisionJpaEntity.class,
                CatalogueRevisionJpaEntity.THE_ONLY_ID);
        long latest = counter == null ? 0 : counter.revision;
        if (latest < seenRevision) {
            // The table was emptied behind our back (tests do); start over.
            index = new CatalogueIndex();
            seenRevision = -1;
        }
        if (latest == seenRevision) {
            return index;
        }
        // Only the columns the index needs, as plain values: no entity is built or tracked for 100 000 rows.
        List<Object[]> changed = entityManager.createQuery(
                        "select e.offeringId, e.revision, e.listed, e.document from CatalogueEntryJpaEntity e"
                                + " where e.revision > :seen order by e.revision", Object[].class)
                .setParameter("seen", seenRevision)
                .getResultList();
        for (Object[] row : changed) {
            long revision = ((Number) row[1]).longValue();
            if (Boolean.TRUE.equals(row[2])) {
                index.put(CatalogueEntryJson.read((String) row[3]));
            } else {
                index.remove(new OfferingId(UUID.fromString((String) row[0])));
            }
            seenRevision = Math.max(seenRevision, revision);
        }
        seenRevision = Math.max(seenRevision, latest);
        return index;
    }

    private static long nextRevision(EntityManager entityManager) {
        CatalogueRevisionJpaEntity counter = entityManager.find(CatalogueRevisionJpaEntity.class,
                CatalogueRevisionJpaEntity.THE_ONLY_ID, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new CatalogueRevisionJpaEntity();
            counter.id = CatalogueRevisionJpaEntity.THE_ONLY_ID;
            counter.revision = 0;
            entityManager.persist(counter);
        }
        counter.revision++;
        return counter.revision;
    }

    private static void copy(CatalogueEntry entry, CatalogueEntryJpaEntity row, long revision) {
        row.revision = revision;
        row.listed = true;
        row.versionId = entry.versionId().toString();
        row.supplierId = entry.supplierId().toString();
        row.phase = entry.phase().name();
        row.serviceArea = entry.serviceArea().name();
        row.deliveryMode = entry.deliveryMode().name();
        row.priceOre = entry.pricePerParticipant().ore();
        row.minAge = entry.minAge();
        row.maxAge = entry.maxAge();
        row.publishedAt = entry.publishedAt();
        row.document = CatalogueEntryJson.write(entry);
    }
}

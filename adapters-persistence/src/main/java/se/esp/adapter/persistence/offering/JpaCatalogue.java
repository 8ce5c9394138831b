package se.esp.adapter.persistence.offering;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.out.Catalogue;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;

/**
 * The catalogue in the database, searched through a {@link CatalogueIndex} (facets in memory, free text in
 * Lucene). Writes go to {@code catalogue_entry} in the caller's transaction, each with the next revision from
 * {@code catalogue_revision} (taken under a row lock, so revisions become visible in commit order). Before every
 * search the index catches up with the rows above the last revision it saw — one primary-key read when nothing
 * changed — so every server instance sharing the database answers from the committed catalogue.
 *
 * <p>With an index directory ({@link #JpaCatalogue(JpaStorage, Path)}) the index and the revision it reached are
 * kept on disk (committed at most once every {@value #COMMIT_EVERY_MILLIS} ms of searching, and on
 * {@link #close}): a restarted server reloads them and reads only the rows changed since, instead of the whole
 * table. After the first catch-up the index's size is checked against the listed rows; an index that does not
 * match the database (another database's, or one the table was emptied under) is built again from the table.
 * Without a directory the first search loads the table whole.</p>
 *
 * <p>Searches run in transactions of their own (the query use cases'); a search in the same transaction as a
 * catalogue change would index a change that might still roll back.</p>
 */
public final class JpaCatalogue implements Catalogue {

    private static final int BATCH = 500;
    static final long COMMIT_EVERY_MILLIS = 1_000;

    private final JpaStorage storage;
    private final Path directory;
    /** Opened by the first search (and again after {@link #close}). */
    private CatalogueIndex index;
    private long seenRevision = -1;
    private long committedRevision = -1;
    private long committedAt;

    /** The index in memory only. */
    public JpaCatalogue(JpaStorage storage) {
        this(storage, null);
    }

    /**
     * @param directory where the index is kept between runs, one per server (Lucene locks it); {@code null}: in
     *                  memory only
     */
    public JpaCatalogue(JpaStorage storage, Path directory) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.directory = directory;
    }

    private CatalogueIndex newIndex() {
        return directory == null ? new CatalogueIndex() : CatalogueIndex.onDisk(directory);
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

    /** Commits the index (when kept on disk) and lets go of it; the next search opens it again. */
    public synchronized void close() {
        if (index == null) {
            return;
        }
        if (index.persistent() && seenRevision > committedRevision) {
            index.commit(seenRevision);
        }
        index.close();
        index = null;
        seenRevision = -1;
    }

    /** The index brought up to the database's latest committed revision. */
    private synchronized CatalogueIndex catchUp() {
        EntityManager entityManager = storage.entityManager();
        if (index == null) {
            index = newIndex();
            seenRevision = index.load();
            committedRevision = seenRevision;
            applyChanges(entityManager);
            long listed = entityManager.createQuery(
                    "select count(e) from CatalogueEntryJpaEntity e where e.listed = true", Long.class)
                    .getSingleResult();
            if (listed != index.size()) {
                startOver();
                applyChanges(entityManager);
            }
            commitIfDue(true);
            return index;
        }
        applyChanges(entityManager);
        commitIfDue(false);
        return index;
    }

    private void startOver() {
        index.clear();
        seenRevision = -1;
        committedRevision = -1;
    }

    private void commitIfDue(boolean now) {
        if (!index.persistent() || seenRevision == committedRevision) {
            return;
        }
        long millis = System.nanoTime() / 1_000_000;
        if (now || millis - committedAt >= COMMIT_EVERY_MILLIS) {
            index.commit(seenRevision);
            committedRevision = seenRevision;
            committedAt = millis;
        }
    }

    private void applyChanges(EntityManager entityManager) {
        CatalogueRevisionJpaEntity counter = entityManager.find(CatalogueRevisionJpaEntity.class,
                CatalogueRevisionJpaEntity.THE_ONLY_ID);
        long latest = counter == null ? 0 : counter.revision;
        if (latest < seenRevision) {
            // The table was emptied behind our back (tests do); start over.
            startOver();
        }
        if (latest == seenRevision) {
            return;
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

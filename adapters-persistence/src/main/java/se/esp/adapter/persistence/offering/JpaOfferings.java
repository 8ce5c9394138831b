package se.esp.adapter.persistence.offering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.LockModeType;
import se.esp.adapter.persistence.packaging.ContentJson;
import se.esp.adapter.persistence.storage.JpaAggregates;
import se.esp.adapter.persistence.storage.JpaListing;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.offering.OfferingFilter;
import se.esp.application.port.out.Offerings;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.offering.OfferingVersion;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.OfferingVersionId;

/** Offerings in {@code offering}, their versions in {@code offering_version} (inserted, never updated). */
public final class JpaOfferings extends JpaAggregates<Offering, OfferingJpaEntity> implements Offerings {

    /** How many versions' parsed content {@link #contents} keeps. */
    static final int CONTENTS_KEPT = 1_000;

    /**
     * The content of versions read lately, parsed, by version id: a version row is inserted and never updated, so
     * what its document says never changes. Every submission reads its offering with all its versions; parsing their
     * documents each time was a twentieth of a submission's processor time in the load benchmark.
     */
    private final Map<String, PackagingContent> contents = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PackagingContent> eldest) {
                    return size() > CONTENTS_KEPT;
                }
            });

    public JpaOfferings(JpaStorage storage) {
        super(storage, OfferingJpaEntity.class, o -> o.id().toString(), Offering::version, row -> row.version,
                o -> "offering " + o.id(), ErrorCode.OFFERING_NOT_FOUND);
    }

    @Override
    public Optional<Offering> findById(OfferingId id) {
        return storage.find(OfferingJpaEntity.class, id).map(this::toDomain);
    }

    @Override
    public Optional<Offering> findByPackaging(PackagingId packaging) {
        return storage.entityManager()
                .createQuery("select o from OfferingJpaEntity o where o.packagingId = :packaging",
                        OfferingJpaEntity.class)
                .setParameter("packaging", packaging.toString())
                .getResultStream().findFirst().map(this::toDomain);
    }

    /** The offering by one of its versions: the version's row is read for its offering's id only, not its document. */
    @Override
    public Optional<Offering> findByVersion(OfferingVersionId version) {
        return storage.entityManager()
                .createQuery("select v.offeringId from OfferingVersionJpaEntity v where v.id = :id", String.class)
                .setParameter("id", version.toString())
                .getResultStream().findFirst()
                .flatMap(offering -> findById(new OfferingId(UUID.fromString(offering))));
    }

    @Override
    public Page<Offering> list(OfferingFilter filter, PageRequest page) {
        JpaListing<OfferingJpaEntity> listing = new JpaListing<>(OfferingJpaEntity.class, "o");
        filter.supplierIfAny().ifPresent(supplier -> listing.where("o.supplierId = :supplier", "supplier",
                supplier.toString()));
        filter.statusIfAny().ifPresent(status -> listing.where("o.status = :status", "status", status));
        return listing.page(storage.entityManager(), "o.id", page, this::toDomain);
    }

    /** An offering's versions without their documents: what {@link #toDomain} needs beside the parsed content. */
    private record VersionRow(String id, int number, int draftNumber, Instant publishedAt) {
    }

    private List<VersionRow> versions(OfferingId offering) {
        return storage.entityManager()
                .createQuery("select v.id, v.versionNumber, v.draftNumber, v.publishedAt from OfferingVersionJpaEntity v"
                        + " where v.offeringId = :offering order by v.versionNumber", Object[].class)
                .setParameter("offering", offering.toString())
                .getResultList().stream()
                .map(r -> new VersionRow((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                        (Instant) r[3]))
                .toList();
    }

    @Override
    protected Offering toDomain(OfferingJpaEntity row) {
        OfferingId id = new OfferingId(UUID.fromString(row.id));
        List<VersionRow> rows = versions(id);
        Map<String, PackagingContent> parsed = contents(rows.stream().map(VersionRow::id).toList());
        List<OfferingVersion> versions = rows.stream()
                .map(v -> new OfferingVersion(new OfferingVersionId(UUID.fromString(v.id())), v.number(),
                        v.draftNumber(), parsed.get(v.id()), v.publishedAt()))
                .toList();
        return Offering.reconstitute(id, new PackagingId(UUID.fromString(row.packagingId)),
                new OrganisationId(UUID.fromString(row.supplierId)), row.status, versions, row.version);
    }

    /** The versions' content: from {@link #contents} where parsed lately, else their documents read and parsed. */
    private Map<String, PackagingContent> contents(List<String> versionIds) {
        Map<String, PackagingContent> found = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String version : versionIds) {
            PackagingContent known = contents.get(version);
            if (known == null) {
                unknown.add(version);
            } else {
                found.put(version, known);
            }
        }
        if (!unknown.isEmpty()) {
            storage.entityManager()
                    .createQuery("select v.id, v.content from OfferingVersionJpaEntity v where v.id in :ids",
                            Object[].class)
                    .setParameter("ids", unknown)
                    .getResultList()
                    .forEach(r -> {
                        PackagingContent content = ContentJson.readContent((String) r[1]);
                        contents.put((String) r[0], content);
                        found.put((String) r[0], content);
                    });
        }
        return found;
    }

    @Override
    protected OfferingJpaEntity newRow(Offering offering) {
        OfferingJpaEntity row = new OfferingJpaEntity();
        row.id = offering.id().toString();
        row.packagingId = offering.packaging().toString();
        row.supplierId = offering.supplier().toString();
        row.status = offering.status();
        return row;
    }

    @Override
    protected void update(Offering offering, OfferingJpaEntity row) {
        row.status = offering.status();
        // A new version leaves the offering row as it was; the version must count the change all the same.
        storage.entityManager().lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** The versions not stored yet, inserted: a version is never updated. */
    @Override
    protected void writeBeside(Offering offering, OfferingJpaEntity row) {
        Set<String> stored = versions(offering.id()).stream().map(VersionRow::id).collect(Collectors.toSet());
        for (OfferingVersion version : offering.versions()) {
            if (!stored.contains(version.id().toString())) {
                OfferingVersionJpaEntity versionRow = new OfferingVersionJpaEntity();
                versionRow.id = version.id().toString();
                versionRow.offeringId = offering.id().toString();
                versionRow.versionNumber = version.number();
                versionRow.draftNumber = version.draftNumber();
                versionRow.content = ContentJson.write(version.content());
                versionRow.publishedAt = version.publishedAt();
                storage.entityManager().persist(versionRow);
            }
        }
    }

    /**
     * Two saves of one offering at once (a second offering of its packaging, or the same version number inserted
     * twice): the later one is stale.
     */
    @Override
    protected void onConstraintViolation(Offering offering) {
        throw stale(offering);
    }
}

package se.esp.adapter.persistence.packaging;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.esp.adapter.persistence.storage.JpaListing;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.packaging.PackagingFilter;
import se.esp.application.port.out.Packagings;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Packagings in the {@code packaging} table. */
public final class JpaPackagings implements Packagings {

    private final JpaStorage storage;

    public JpaPackagings(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public Optional<Packaging> findById(PackagingId id) {
        return storage.find(PackagingJpaEntity.class, id).map(JpaPackagings::toDomain);
    }

    @Override
    public Page<Packaging> list(PackagingFilter filter, PageRequest page) {
        JpaListing<PackagingJpaEntity> listing = new JpaListing<>(PackagingJpaEntity.class, "p");
        filter.supplierIfAny().ifPresent(supplier -> listing.where("p.supplierId = :supplier", "supplier",
                supplier.toString()));
        filter.statusIfAny().ifPresent(status -> listing.where("p.status = :status", "status", status));
        return listing.page(storage.entityManager(), "p.createdAt, p.id", page, JpaPackagings::toDomain);
    }

    @Override
    public Packaging save(Packaging packaging) {
        EntityManager entityManager = storage.entityManager();
        PackagingJpaEntity row;
        if (packaging.version() == 0) {
            row = new PackagingJpaEntity();
            row.id = packaging.id().toString();
            row.supplierId = packaging.supplier().toString();
            row.createdAt = packaging.createdAt();
            copy(packaging, row);
            entityManager.persist(row);
        } else {
            row = entityManager.find(PackagingJpaEntity.class, packaging.id().toString());
            if (row == null) {
                throw new DomainException(ErrorCode.PACKAGING_NOT_FOUND, "packaging " + packaging.id()
                        + " no longer exists");
            }
            if (row.version != packaging.version()) {
                throw stale(packaging);
            }
            copy(packaging, row);
        }
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (JpaStorage.isLostUpdate(e)) {
                throw stale(packaging);
            }
            throw e;
        }
        return toDomain(row);
    }

    private static void copy(Packaging packaging, PackagingJpaEntity row) {
        row.status = packaging.status();
        row.draftNumber = packaging.draftNumber();
        row.content = ContentJson.write(packaging.content());
        row.reviews = ContentJson.writeReviews(packaging.reviews());
        row.returnedContent = packaging.returnedDraft().map(returned -> ContentJson.write(returned.content()))
                .orElse(null);
        row.changedAt = packaging.changedAt();
    }

    static Packaging toDomain(PackagingJpaEntity row) {
        return Packaging.reconstitute(new PackagingId(UUID.fromString(row.id)),
                new OrganisationId(UUID.fromString(row.supplierId)), row.status, ContentJson.readContent(row.content),
                row.draftNumber, ContentJson.readReviews(row.reviews),
                row.returnedContent == null ? null : ContentJson.readContent(row.returnedContent), row.createdAt,
                row.changedAt, row.version);
    }

    private static DomainException stale(Packaging packaging) {
        return new DomainException(ErrorCode.STALE_VERSION, "packaging " + packaging.id()
                + " was changed by somebody else since version " + packaging.version());
    }
}

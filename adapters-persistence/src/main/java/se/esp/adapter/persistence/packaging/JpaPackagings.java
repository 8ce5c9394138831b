package se.esp.adapter.persistence.packaging;

import java.util.Optional;
import java.util.UUID;

import se.esp.adapter.persistence.storage.JpaAggregates;
import se.esp.adapter.persistence.storage.JpaListing;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.packaging.PackagingFilter;
import se.esp.application.port.out.Packagings;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.shared.ErrorCode;

/** Packagings in the {@code packaging} table. */
public final class JpaPackagings extends JpaAggregates<Packaging, PackagingJpaEntity> implements Packagings {

    public JpaPackagings(JpaStorage storage) {
        super(storage, PackagingJpaEntity.class, p -> p.id().toString(), Packaging::version, row -> row.version,
                p -> "packaging " + p.id(), ErrorCode.PACKAGING_NOT_FOUND);
    }

    @Override
    public Optional<Packaging> findById(PackagingId id) {
        return storage.find(PackagingJpaEntity.class, id).map(this::toDomain);
    }

    @Override
    public Page<Packaging> list(PackagingFilter filter, PageRequest page) {
        JpaListing<PackagingJpaEntity> listing = new JpaListing<>(PackagingJpaEntity.class, "p");
        filter.supplierIfAny().ifPresent(supplier -> listing.where("p.supplierId = :supplier", "supplier",
                supplier.toString()));
        filter.statusIfAny().ifPresent(status -> listing.where("p.status = :status", "status", status));
        return listing.page(storage.entityManager(), "p.createdAt, p.id", page, this::toDomain);
    }

    @Override
    protected PackagingJpaEntity newRow(Packaging packaging) {
        PackagingJpaEntity row = new PackagingJpaEntity();
        row.id = packaging.id().toString();
        row.supplierId = packaging.supplier().toString();
        row.createdAt = packaging.createdAt();
        update(packaging, row);
        return row;
    }

    @Override
    protected void update(Packaging packaging, PackagingJpaEntity row) {
        row.status = packaging.status();
        row.draftNumber = packaging.draftNumber();
        row.content = ContentJson.write(packaging.content());
        row.reviews = ContentJson.writeReviews(packaging.reviews());
        row.returnedContent = packaging.returnedDraft().map(returned -> ContentJson.write(returned.content()))
                .orElse(null);
        row.changedAt = packaging.changedAt();
    }

    @Override
    protected Packaging toDomain(PackagingJpaEntity row) {
        return Packaging.reconstitute(new PackagingId(UUID.fromString(row.id)),
                new OrganisationId(UUID.fromString(row.supplierId)), row.status, ContentJson.readContent(row.content),
                row.draftNumber, ContentJson.readReviews(row.reviews),
                row.returnedContent == null ? null : ContentJson.readContent(row.returnedContent), row.createdAt,
                row.changedAt, row.version);
    }
}

package se.esp.adapter.persistence.packaging;

import java.util.Comparator;

import se.esp.adapter.persistence.storage.InMemoryAggregates;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.packaging.PackagingFilter;
import se.esp.application.port.out.Packagings;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.ReturnedDraft;
import se.esp.domain.shared.ErrorCode;

/** Packagings in a map; callers only ever get copies, so a change is kept only when saved. */
public final class InMemoryPackagings extends InMemoryAggregates<PackagingId, Packaging> implements Packagings {

    private static final Comparator<Packaging> OLDEST_FIRST = Comparator.comparing(Packaging::createdAt)
            .thenComparing(p -> p.id().toString());

    public InMemoryPackagings() {
        super(Packaging::id, Packaging::version, p -> "packaging " + p.id(), ErrorCode.PACKAGING_NOT_FOUND);
    }

    @Override
    public Page<Packaging> list(PackagingFilter filter, PageRequest page) {
        return page(stored()
                .filter(p -> filter.supplierIfAny().map(p::isOwnedBy).orElse(true))
                .filter(p -> filter.statusIfAny().map(s -> p.status() == s).orElse(true))
                .sorted(OLDEST_FIRST).toList(), page);
    }

    @Override
    protected Packaging copy(Packaging p, long version) {
        return Packaging.reconstitute(p.id(), p.supplier(), p.status(), p.content(), p.draftNumber(), p.reviews(),
                p.returnedDraft().map(ReturnedDraft::content).orElse(null), p.createdAt(), p.changedAt(), version);
    }
}

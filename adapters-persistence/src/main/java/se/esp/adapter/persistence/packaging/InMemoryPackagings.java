package se.esp.adapter.persistence.packaging;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.packaging.PackagingFilter;
import se.esp.application.port.out.Packagings;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.ReturnedDraft;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Packagings in a map; callers only ever get copies, so a change is kept only when saved. */
public final class InMemoryPackagings implements Packagings, InMemoryStore {

    private static final Comparator<Packaging> OLDEST_FIRST = Comparator.comparing(Packaging::createdAt)
            .thenComparing(p -> p.id().toString());

    private Map<PackagingId, Packaging> byId = new HashMap<>();

    @Override
    public synchronized Optional<Packaging> findById(PackagingId id) {
        return Optional.ofNullable(byId.get(id)).map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized Page<Packaging> list(PackagingFilter filter, PageRequest page) {
        List<Packaging> matching = byId.values().stream()
                .filter(p -> filter.supplierIfAny().map(p::isOwnedBy).orElse(true))
                .filter(p -> filter.statusIfAny().map(s -> p.status() == s).orElse(true))
                .sorted(OLDEST_FIRST).toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).map(p -> copy(p, p.version()))
                .toList(), page, matching.size());
    }

    @Override
    public synchronized Packaging save(Packaging packaging) {
        Packaging stored = byId.get(packaging.id());
        if (packaging.version() != 0 && stored == null) {
            throw new DomainException(ErrorCode.PACKAGING_NOT_FOUND, "packaging " + packaging.id() + " no longer exists");
        }
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != packaging.version()) {
            throw new DomainException(ErrorCode.STALE_VERSION, "packaging " + packaging.id()
                    + " was changed by somebody else since version " + packaging.version());
        }
        Packaging next = copy(packaging, packaging.version() + 1);
        byId.put(next.id(), next);
        return copy(next, next.version());
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(byId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        byId = new HashMap<>((Map<PackagingId, Packaging>) snapshot);
    }

    private static Packaging copy(Packaging p, long version) {
        return Packaging.reconstitute(p.id(), p.supplier(), p.status(), p.content(), p.draftNumber(), p.reviews(),
                p.returnedDraft().map(ReturnedDraft::content).orElse(null), p.createdAt(), p.changedAt(), version);
    }
}

package se.esp.adapter.persistence.offering;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.offering.OfferingFilter;
import se.esp.application.port.out.Offerings;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.offering.OfferingVersionId;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Offerings in a map; callers only ever get copies. */
public final class InMemoryOfferings implements Offerings, InMemoryStore {

    private Map<OfferingId, Offering> byId = new HashMap<>();

    @Override
    public synchronized Optional<Offering> findById(OfferingId id) {
        return Optional.ofNullable(byId.get(id)).map(o -> copy(o, o.version()));
    }

    @Override
    public synchronized Optional<Offering> findByPackaging(PackagingId packaging) {
        return byId.values().stream().filter(o -> o.packaging().equals(packaging)).findFirst()
                .map(o -> copy(o, o.version()));
    }

    @Override
    public synchronized Optional<Offering> findByVersion(OfferingVersionId version) {
        return byId.values().stream().filter(o -> o.version(version).isPresent()).findFirst()
                .map(o -> copy(o, o.version()));
    }

    @Override
    public synchronized Page<Offering> list(OfferingFilter filter, PageRequest page) {
        List<Offering> matching = byId.values().stream()
                .filter(o -> filter.supplierIfAny().map(o.supplier()::equals).orElse(true))
                .filter(o -> filter.statusIfAny().map(s -> s == o.status()).orElse(true))
                .sorted(Comparator.comparing(o -> o.id().toString())).toList();
        List<Offering> items = matching.stream().skip(page.offset()).limit(page.size())
                .map(o -> copy(o, o.version())).toList();
        return new Page<>(items, page, matching.size());
    }

    @Override
    public synchronized Offering save(Offering offering) {
        Offering stored = byId.get(offering.id());
        if (offering.version() != 0 && stored == null) {
            throw new DomainException(ErrorCode.OFFERING_NOT_FOUND, "offering " + offering.id() + " no longer exists");
        }
        long storedVersion = stored == null ? 0 : stored.version();
        boolean packagingTaken = stored == null && byId.values().stream()
                .anyMatch(o -> o.packaging().equals(offering.packaging()));
        if (storedVersion != offering.version() || packagingTaken) {
            throw new DomainException(ErrorCode.STALE_VERSION, "offering " + offering.id()
                    + " was changed by somebody else since version " + offering.version());
        }
        Offering next = copy(offering, offering.version() + 1);
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
        byId = new HashMap<>((Map<OfferingId, Offering>) snapshot);
    }

    private static Offering copy(Offering o, long version) {
        return Offering.reconstitute(o.id(), o.packaging(), o.supplier(), o.status(), o.versions(), version);
    }
}

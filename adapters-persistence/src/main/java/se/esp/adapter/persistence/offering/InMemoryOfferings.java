package se.esp.adapter.persistence.offering;

import java.util.Comparator;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryAggregates;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.offering.OfferingFilter;
import se.esp.application.port.out.Offerings;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.OfferingVersionId;

/** Offerings in a map; callers only ever get copies. */
public final class InMemoryOfferings extends InMemoryAggregates<OfferingId, Offering> implements Offerings {

    public InMemoryOfferings() {
        super(Offering::id, Offering::version, o -> "offering " + o.id(), ErrorCode.OFFERING_NOT_FOUND);
    }

    @Override
    public Optional<Offering> findByPackaging(PackagingId packaging) {
        return findFirst(o -> o.packaging().equals(packaging));
    }

    @Override
    public Optional<Offering> findByVersion(OfferingVersionId version) {
        return findFirst(o -> o.version(version).isPresent());
    }

    @Override
    public Page<Offering> list(OfferingFilter filter, PageRequest page) {
        return page(stored()
                .filter(o -> filter.supplierIfAny().map(o.supplier()::equals).orElse(true))
                .filter(o -> filter.statusIfAny().map(s -> s == o.status()).orElse(true))
                .sorted(Comparator.comparing(o -> o.id().toString())).toList(), page);
    }

    /** One offering per packaging; a second one is refused as the table's unique key refuses it. */
    @Override
    protected void refuseNew(Offering offering, Offering stored) {
        if (stored != null || findByPackaging(offering.packaging()).isPresent()) {
            throw stale(offering);
        }
    }

    @Override
    protected Offering copy(Offering o, long version) {
        return Offering.reconstitute(o.id(), o.packaging(), o.supplier(), o.status(), o.versions(), version);
    }
}

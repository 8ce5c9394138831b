package se.esp.application.port.out;

import java.util.Optional;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.offering.OfferingFilter;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.shared.OfferingVersionId;

/**
 * Where offerings are kept with every version they ever had; versions are only ever added. Called inside
 * {@link Transactions#inTransaction}.
 */
public interface Offerings {

    Optional<Offering> findById(OfferingId id);

    /** The offering a packaging was published as, if it has been. */
    Optional<Offering> findByPackaging(PackagingId packaging);

    /** The offering one of whose versions has this id. */
    Optional<Offering> findByVersion(OfferingVersionId version);

    /**
     * One page of the offerings the filter matches, suspended and retired too, in a stable order (by id), so a
     * supplier's staff can page through everything they ever put on offer.
     */
    Page<Offering> list(OfferingFilter filter, PageRequest page);

    /**
     * Stores a new offering (version 0) or a change to a stored one and returns it at its new version.
     *
     * @throws se.esp.domain.shared.DomainException {@code STALE_VERSION} if it changed since it was read
     */
    Offering save(Offering offering);
}

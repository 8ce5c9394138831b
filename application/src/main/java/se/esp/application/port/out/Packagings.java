package se.esp.application.port.out;

import java.util.Optional;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.packaging.PackagingFilter;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingId;

/** Where packagings are kept, with their review history. Called inside {@link Transactions#inTransaction}. */
public interface Packagings {

    Optional<Packaging> findById(PackagingId id);

    /** Matching packagings, oldest first (then by id), so paging is stable. */
    Page<Packaging> list(PackagingFilter filter, PageRequest page);

    /**
     * Stores a new packaging (version 0) or a change to a stored one and returns it at its new version.
     *
     * @throws se.esp.domain.shared.DomainException {@code STALE_VERSION} if the stored version is not the one the
     *         packaging was read at
     */
    Packaging save(Packaging packaging);
}

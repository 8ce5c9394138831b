package se.esp.application.port.out;

import java.util.Optional;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.organisation.OrganisationSort;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationNumber;

/** Where organisations are kept. Called inside {@link Transactions#inTransaction}. */
public interface Organisations {

    Optional<Organisation> findById(OrganisationId id);

    Optional<Organisation> findByNumber(OrganisationNumber number);

    boolean anyOfKind(OrganisationKind kind);

    /**
     * Matching organisations in the given order, then by name and id, so paging is stable; the name is matched in
     * any case ({@link OrganisationFilter#nameContainsLowerCase()}).
     */
    Page<Organisation> list(OrganisationFilter filter, OrganisationSort sort, PageRequest page);

    /** Matching organisations sorted by name, then id. */
    default Page<Organisation> list(OrganisationFilter filter, PageRequest page) {
        return list(filter, OrganisationSort.byName(), page);
    }

    /**
     * Stores a new organisation (version 0) or a change to a stored one and returns it at its new version.
     *
     * @throws se.esp.domain.shared.DomainException {@code STALE_VERSION} if the stored version is not the one the
     *         organisation was read at; {@code ORGANISATION_NUMBER_TAKEN} if another organisation has its number
     */
    Organisation save(Organisation organisation);
}

package se.esp.application.port.in.offering;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.security.ActingUser;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.shared.OfferingVersionId;

/** Offerings are public to everybody signed in, with every version they ever had, suspended and retired too. */
public interface FindOfferingsQuery {

    Offering get(ActingUser actor, OfferingId id);

    /** The exact version an application refers to, whatever has happened to the offering since. */
    OfferingVersionView version(ActingUser actor, OfferingVersionId id);

    /**
     * Offerings of every status, e.g. one supplier's ({@link OfferingFilter#ofSupplier}): what its staff put on
     * offer, suspended and retired ones included, to manage them.
     */
    Page<Offering> list(ActingUser actor, OfferingFilter filter, PageRequest page);
}

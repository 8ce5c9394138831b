package se.esp.application.port.in.offering;

import se.esp.application.security.ActingUser;

/** The national catalogue: anybody signed in searches the offerings on offer. */
public interface SearchCatalogueQuery {

    /** The furthest "can start within N days" looks ahead. */
    int MAX_START_WITHIN_DAYS = 365;

    /** The hits with their capacity (next possible start and waiting list per delivery language). */
    CatalogueResult search(ActingUser actor, CatalogueQuery query);

    /**
     * The same, limited to offerings a participant can start within so many days (0: today) in at least one of
     * their delivery languages, as matching's state stands; {@code null}: no such limit.
     */
    CatalogueResult search(ActingUser actor, CatalogueQuery query, Integer startWithinDays);
}

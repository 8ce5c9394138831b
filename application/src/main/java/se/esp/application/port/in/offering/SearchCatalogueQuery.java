package se.esp.application.port.in.offering;

import se.esp.application.security.ActingUser;

/** The national catalogue: anybody signed in searches the offerings on offer. */
public interface SearchCatalogueQuery {

    CatalogueResult search(ActingUser actor, CatalogueQuery query);
}

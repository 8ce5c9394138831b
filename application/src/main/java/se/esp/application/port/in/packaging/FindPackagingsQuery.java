package se.esp.application.port.in.packaging;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.security.ActingUser;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingId;

/**
 * Reading packagings: the supplier's staff see their own organisation's, coordinators and platform administrators
 * see all (drafts are not public; published content is, as offerings).
 */
public interface FindPackagingsQuery {

    Packaging get(ActingUser actor, PackagingId id);

    /** Supplier staff always get only their own organisation's, whatever the filter says. */
    Page<Packaging> list(ActingUser actor, PackagingFilter filter, PageRequest page);
}

package se.esp.application.port.in.packaging;

import se.esp.application.security.ActingUser;
import se.esp.domain.packaging.PackagingId;

/**
 * What changed in a packaging's content since the versions a reviewer compares it with: the draft the last review
 * returned (what the supplier did about the remarks) and the offering version on offer (what a revision changes for
 * the consumers). Read by the platform administrators, the supplier's own staff, and coordinators of other
 * organisations — those who may review it; a coordinator of the supplier's own organisation is refused
 * ({@code REVIEW_OF_OWN_ORGANISATION}), staff of another supplier too ({@code ACCESS_DENIED}).
 */
public interface DiffPackagingQuery {

    /**
     * Every comparison the packaging has a version for, each saying which version it compared with; none for a
     * draft that was never returned nor published.
     *
     * @throws se.esp.domain.shared.DomainException {@code PACKAGING_NOT_FOUND}, {@code ACCESS_DENIED},
     *         {@code REVIEW_OF_OWN_ORGANISATION}
     */
    PackagingDiffs diff(ActingUser actor, PackagingId id);
}

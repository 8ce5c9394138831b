package se.esp.application.port.out;

import java.util.Optional;

import se.esp.domain.packaging.ReviewChecklist;

/** Where the owner's review checklist is kept. Called inside {@link Transactions#inTransaction}. */
public interface ReviewChecklists {

    /** The checklist the owner configured; empty until the first change (then the seeded one applies). */
    Optional<ReviewChecklist> configured();

    /**
     * Stores the checklist and returns it at its new version.
     *
     * @throws se.esp.domain.shared.DomainException {@code STALE_VERSION} if it changed since it was read
     */
    ReviewChecklist save(ReviewChecklist checklist);
}

package se.esp.application.port.in.packaging;

import se.esp.application.security.ActingUser;
import se.esp.domain.packaging.Packaging;

/** What a supplier's staff do with their own organisation's packagings. */
public interface DraftPackagingUseCase {

    /** Starts a draft for the acting user's organisation, which must play the supplier role. */
    Packaging create(ActingUser actor, CreatePackagingCommand command);

    /** Replaces the content of a draft or a returned packaging; only staff of the owning supplier may. */
    Packaging edit(ActingUser actor, EditPackagingCommand command);

    /**
     * Hands the draft to the reviewers.
     *
     * @throws se.esp.domain.packaging.PackagingIncompleteException listing everything missing
     */
    Packaging submit(ActingUser actor, PackagingChange change);

    /** Starts the next draft of a published packaging; the offering stays on offer meanwhile. */
    Packaging startRevision(ActingUser actor, PackagingChange change);
}
